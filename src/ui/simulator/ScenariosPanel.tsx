import { useContext, useState } from 'react';
import { DesignerStoreContext, useDesignerStore } from '../../state/useDesignerStore';
import { useSimulation, useSimulationStore } from '../../state/useSimulation';
import { stepDetail } from '../../state/simulationStore';
import { runToScenario } from '../../engine/scenario/runToScenario';
import { downloadFile, fileBase } from '../common/download';
import { formatScenarioFile, type Scenario } from '../../domain/scenario/scenario';

/** The design's test scenarios with their live pass/fail, and "save this run as a scenario". */
export function ScenariosPanel() {
  const designer = useContext(DesignerStoreContext);
  const scenarios = useDesignerStore((s) => s.scenarios);
  const verdicts = useSimulation((s) => s.verdicts);
  // Only whether there are any: the run itself is read when it is saved (a burst changes it often).
  const hasEntries = useSimulation((s) => s.entries.length > 0);
  const running = useSimulation((s) => s.running);
  const sim = useSimulationStore();
  const [name, setName] = useState('');
  // The scenario whose Remove was pressed: removal waits for a second, explicit yes.
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!designer) return null;
  const remove = (s: Scenario) => {
    const state = designer.getState();
    // setScenarios is a recorded action, so Undo (Ctrl+Z) brings the scenario back.
    state.dispatch({ type: 'setScenarios', scenarios: state.scenarios.filter((x) => x !== s) });
    state.showNotice(`Scenario “${s.name}” removed. Undo (Ctrl+Z) brings it back.`);
    setConfirming(null);
  };
  const passed = verdicts?.filter((v) => v.pass).length ?? 0;
  const save = () => {
    const { entries, startMs } = sim.getState();
    const wanted = name.trim() || `run of ${entries.length} step${entries.length === 1 ? '' : 's'}`;
    const scenario = runToScenario(
      wanted,
      startMs,
      // Every entry has its details once a run is over (Save waits for it).
      entries.flatMap((e) => {
        const detail = stepDetail(e);
        return detail ? [{ ...e, ...detail }] : [];
      }),
    );
    const others = designer.getState().scenarios.filter((s) => s.name !== scenario.name);
    designer.getState().dispatch({ type: 'setScenarios', scenarios: [...others, scenario] });
    setName('');
  };
  return (
    <section className="scenarios" aria-label="Scenarios">
      <header className="timeline-header">
        <h3>Scenarios</h3>
        {scenarios.length > 0 && (
          <span
            className={`badge ${verdicts && passed === verdicts.length ? 'is-pass' : 'is-drop'}`}
            data-testid="scenarios.badge"
          >
            {verdicts ? `${passed}/${verdicts.length} pass` : 'running…'}
          </span>
        )}
      </header>
      <ul className="scenario-list">
        {scenarios.map((s) => {
          const v = verdicts?.find((x) => x.name === s.name);
          return (
            <li
              key={s.name}
              aria-label={s.name}
              className={v ? (v.pass ? 'is-pass' : 'is-drop') : undefined}
            >
              <span className="check-mark" aria-hidden="true">
                {v ? (v.pass ? '✓' : '✗') : '…'}
              </span>{' '}
              {s.name}
              {confirming === s.name ? (
                <span
                  role="group"
                  aria-label={`Remove scenario ${s.name}?`}
                  onKeyDown={(e) => e.key === 'Escape' && setConfirming(null)}
                >
                  {' '}
                  Remove it?{' '}
                  <button
                    type="button"
                    autoFocus
                    onClick={() => remove(s)}
                    aria-label={`Yes, remove scenario ${s.name}`}
                  >
                    Remove
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  onClick={() => setConfirming(s.name)}
                  aria-label={`Remove scenario ${s.name}`}
                >
                  Remove
                </button>
              )}
              {v && !v.pass && (
                <ul className="field-error">
                  {v.failures.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {scenarios.length > 0 && (
        <button
          type="button"
          onClick={() => downloadScenarios(designer.getState().design?.name ?? 'design', scenarios)}
        >
          Download scenarios file
        </button>
      )}
      <div className="simulator-actions">
        <input
          aria-label="Scenario name"
          placeholder="what this run shows"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="button" disabled={!hasEntries || running} onClick={save}>
          Save run as scenario
        </button>
      </div>
    </section>
  );
}

/** The scenarios as a file for Git, next to the manifests; `eventflow test` runs it in CI. */
function downloadScenarios(designName: string, scenarios: Scenario[]): void {
  const base = fileBase(designName);
  downloadFile(
    `${base}.scenarios.yaml`,
    formatScenarioFile({ design: [`${base}.yaml`], scenarios }),
    'application/yaml',
  );
}
