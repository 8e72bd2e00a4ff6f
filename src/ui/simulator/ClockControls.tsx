import { useState } from 'react';
import type { EventNode } from '../../domain/graph/designGraph';
import { calendarTicks, type CalendarConfig } from '../../engine/clock/calendar';
import { formatRfc3339 } from '../../engine/clock/clock';
import { parseDuration } from '../../domain/cron/goDuration';
import { useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';
import { simClock } from '../../state/simulationStore';
import { useSimulation } from '../../state/useSimulation';
import { useSimulatorActions } from './useSimulatorActions';

const YEAR_MS = 366 * 86_400_000;

/** The virtual clock: set it, advance it, or jump to the next calendar tick. */
export function ClockControls() {
  const graph = useDesignerStore(selectGraph);
  const now = useSimulation(simClock);
  const startMs = useSimulation((s) => s.startMs);
  const running = useSimulation((s) => s.running);
  const { run } = useSimulatorActions();
  const [advance, setAdvance] = useState('1h');
  const [at, setAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const calendars = graph.nodes.filter(
    (n): n is EventNode => n.kind === 'event' && n.sourceType === 'calendar',
  );
  const nextTick = (() => {
    let best: number | null = null;
    for (const c of calendars) {
      const r = calendarTicks((c.config ?? {}) as CalendarConfig, now, now + YEAR_MS, startMs);
      const first = r.ok ? r.ticks[0] : undefined;
      if (first !== undefined && (best === null || first < best)) best = first;
    }
    return best;
  })();
  const doAdvance = () => {
    const ms = parseDuration(advance);
    if (ms === null || ms <= 0)
      return setError(`"${advance}" is not a duration such as 90s, 15m or 24h`);
    setError(null);
    void run([{ label: `advance ${advance}`, input: { type: 'advance', ms } }]);
  };
  const doSet = () => {
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) return setError(`"${at}" is not a time such as 2026-01-02T02:00:00Z`);
    setError(null);
    void run([{ label: `set time ${formatRfc3339(ms)}`, input: { type: 'set-time', ms } }]);
  };
  return (
    <fieldset className="clock-controls">
      <legend>Virtual clock</legend>
      <p className="clock-now" data-testid="simulator.clock">
        {formatRfc3339(now)}
      </p>
      <div className="simulator-actions">
        <input
          aria-label="Advance by"
          value={advance}
          onChange={(e) => setAdvance(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), doAdvance())}
          size={6}
        />
        <button type="button" onClick={doAdvance} disabled={running}>
          Advance
        </button>
      </div>
      <div className="simulator-actions">
        <input
          aria-label="Set the time to"
          placeholder="2026-01-02T02:00:00Z"
          value={at}
          onChange={(e) => setAt(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), doSet())}
        />
        <button type="button" onClick={doSet} disabled={running || !at}>
          Set time
        </button>
      </div>
      {calendars.length > 0 && (
        <button
          type="button"
          disabled={running || nextTick === null}
          onClick={() =>
            nextTick !== null &&
            void run([
              {
                label: `to the next tick, ${formatRfc3339(nextTick)}`,
                input: { type: 'advance', ms: nextTick - now },
              },
            ])
          }
        >
          Run to the next calendar tick{nextTick !== null ? ` (${formatRfc3339(nextTick)})` : ''}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
