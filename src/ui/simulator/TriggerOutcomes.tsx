import { useMemo, useState } from 'react';
import type { ActionOutcome, OutcomeEntry } from '../../domain/scenario/actionOutcome';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { newestEntry, stateAfter } from '../../state/simulationStore';
import { useSimulation, useSimulationView } from '../../state/useSimulation';
import { clockOf } from './AttemptTimeline';
import { useSimulatorActions } from './useSimulatorActions';
import { findChoices } from '../common/manyChoices';
import { triggerKeys } from './triggerKeys';

type Kind = ActionOutcome['kind'] | 'several';

const CHOICES: { kind: ActionOutcome['kind']; label: string }[] = [
  { kind: 'success', label: 'succeeds' },
  { kind: 'error', label: 'fails with an error' },
  { kind: 'timeout', label: 'times out' },
  { kind: 'status', label: 'answers an HTTP status…' },
  { kind: 'labels', label: 'labels never match (policy.k8s)' },
];

/**
 * How each trigger's action turns out in the simulated cluster, on every attempt from now on. A
 * change is a step of the run (it shows on the timeline and becomes a step of a saved scenario).
 * Below, the actions still pending, with buttons that move the clock to them.
 */
export function TriggerOutcomes() {
  // From the graph, not the manifests: a big design's manifests are read in the simulation worker.
  const graph = useDesignerStore(selectGraph);
  const keys = useMemo(() => triggerKeys(graph), [graph]);
  const [find, setFind] = useState('');
  // Followed in a transition: a burst changes it on every chunk (and its details are read while
  // drawing, not in the task that recorded the chunk).
  const newest = useSimulationView(newestEntry);
  const startMs = useSimulation((s) => s.startMs);
  const state = stateAfter(newest, startMs);
  const running = useSimulation((s) => s.running);
  const { run } = useSimulatorActions();
  const [codes, setCodes] = useState<Record<string, string>>({});
  // Kept per list and search: a burst draws this again on every chunk.
  const choices = useMemo(() => findChoices(keys, find, (k) => k.key), [keys, find]);
  if (keys.length === 0) return null;
  const { many, shown, more, found } = choices;
  const now = typeof state === 'number' ? state : state.nowMs;
  const set = typeof state === 'number' ? [] : (state.outcomes ?? []);
  const actions = typeof state === 'number' ? [] : (state.actions ?? []);
  const next = actions.reduce<number | null>((best, j) => {
    const t = j.next.kind === 'blocked' ? null : j.next.atMs;
    return t !== null && (best === null || t < best) ? t : best;
  }, null);

  const current = (key: string): { kind: Kind; code: string } => {
    const e = set.find((x) => x.trigger === key);
    if (!e || e.outcomes.length === 0) return { kind: 'success', code: '503' };
    const first = e.outcomes[0]!;
    return {
      kind: e.outcomes.length > 1 ? 'several' : first.kind,
      code: first.kind === 'status' ? String(first.code) : '503',
    };
  };
  const apply = (key: string, kind: ActionOutcome['kind'], codeText: string) => {
    const code = Number(codeText);
    const outcomes: ActionOutcome[] =
      kind === 'success'
        ? []
        : kind === 'status'
          ? [
              {
                kind: 'status',
                code: Number.isInteger(code) && code >= 100 && code <= 999 ? code : 503,
              },
            ]
          : kind === 'labels'
            ? [{ kind: 'labels', matchOnPoll: null }]
            : [{ kind }];
    const entry: OutcomeEntry = { trigger: key, outcomes };
    const words =
      kind === 'status'
        ? `status ${String(outcomes[0]?.kind === 'status' ? outcomes[0].code : 503)}`
        : kind;
    void run([
      { label: `outcome ${key}: ${words}`, input: { type: 'set-outcomes', outcomes: [entry] } },
    ]);
  };

  return (
    <fieldset className="trigger-outcomes" aria-label="Trigger outcomes">
      <legend>Trigger outcomes</legend>
      <p className="field-hint">
        How each action turns out in the simulated cluster, on every attempt.
      </p>
      {many && (
        <label className="outcome-find">
          Find a trigger
          <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
        </label>
      )}
      {shown.map(({ key, dlq }) => {
        const c = current(key);
        const code = codes[key] ?? c.code;
        return (
          <div key={key} className="outcome-row">
            <label>
              <span className="outcome-name">
                {key}
                {dlq ? ' (dead-letter)' : ''}
              </span>
              <select
                aria-label={`Outcome of ${key}`}
                value={c.kind}
                disabled={running}
                onChange={(e) => apply(key, e.target.value as ActionOutcome['kind'], code)}
              >
                {c.kind === 'several' && (
                  <option value="several" disabled>
                    differs per attempt
                  </option>
                )}
                {CHOICES.map((o) => (
                  <option key={o.kind} value={o.kind}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            {c.kind === 'status' && (
              <input
                aria-label={`Status code of ${key}`}
                value={code}
                size={4}
                inputMode="numeric"
                onChange={(e) => setCodes({ ...codes, [key]: e.target.value })}
                onKeyDown={(e) =>
                  e.key === 'Enter' && (e.preventDefault(), apply(key, 'status', code))
                }
                onBlur={() => code !== c.code && apply(key, 'status', code)}
              />
            )}
          </div>
        );
      })}
      {more > 0 && (
        <p className="field-hint" role="note">
          {more.toLocaleString('en')} more of {keys.length.toLocaleString('en')} triggers: find one
          by its name.
        </p>
      )}
      {many && found === 0 && <p className="field-hint">No trigger has that in its name.</p>}
      {next !== null && (
        <div className="simulator-actions">
          <span className="field-hint">
            {actions.length} action(s) pending, next at {clockOf(new Date(next).toISOString())}
          </span>
          <button
            type="button"
            disabled={running}
            onClick={() =>
              void run([
                {
                  label: `to the next trigger action, ${clockOf(new Date(next).toISOString())}`,
                  input: { type: 'advance', ms: Math.max(0, next - now) },
                },
              ])
            }
          >
            Run to the next action
          </button>
          <button
            type="button"
            disabled={running}
            onClick={() =>
              void run([{ label: 'finish the pending actions', input: { type: 'settle' } }])
            }
          >
            Finish them all
          </button>
        </div>
      )}
    </fieldset>
  );
}
