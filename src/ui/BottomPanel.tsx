import { useEffect, useState } from 'react';
import { useSimulation } from '../state/useSimulation';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { SimulatorPanel } from './simulator/SimulatorPanel';

const TABS = [
  { id: 'problems', label: 'Problems' },
  { id: 'simulator', label: 'Simulator' },
] as const;

/** The bottom area: problems list and simulator, as tabs. */
export function BottomPanel() {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('problems');
  const pendingSend = useSimulation((s) => s.pendingSend);
  // "Send a test event" from the inspector opens the simulator to show what happens.
  useEffect(() => {
    if (pendingSend) setTab('simulator');
  }, [pendingSend]);
  return (
    <div className="bottom-panel">
      <div role="tablist" aria-label="Bottom panel" className="bottom-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            type="button"
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="bottom-tabpanel"
      >
        {tab === 'problems' ? <ProblemsPanel /> : <SimulatorPanel />}
      </div>
    </div>
  );
}
