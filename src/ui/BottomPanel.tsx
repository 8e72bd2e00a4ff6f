import { useLayout } from '../state/useLayout';
import { ProblemsPanel } from './problems/ProblemsPanel';
import { SimulatorPanel } from './simulator/SimulatorPanel';

const TABS = [
  { id: 'problems', label: 'Problems' },
  { id: 'simulator', label: 'Simulator' },
] as const;

/** The bottom area: problems list and simulator, as tabs. */
export function BottomPanel() {
  const tab = useLayout((s) => s.bottomTab);
  const setTab = useLayout((s) => s.showBottomTab);
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
