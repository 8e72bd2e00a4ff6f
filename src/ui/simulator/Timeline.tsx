import { memo, useCallback, useDeferredValue, useState } from 'react';
import { useSimulation, useSimulationStore } from '../../state/useSimulation';
import { MAX_ENTRIES, type SimEntry } from '../../state/simulationStore';

/** Steps drawn at first; a burst's older ones come with "Show earlier steps". */
const SHOWN_STEPS = 200;

/** Every input sent, newest last; choosing one shows the canvas and details as they were then. */
export function Timeline() {
  // Deferred like the details: a burst's rows are redrawn in the background, between chunks.
  const entries = useDeferredValue(useSimulation((s) => s.entries));
  const selected = useSimulation((s) => s.selected);
  const dropped = useSimulation((s) => s.dropped);
  const sim = useSimulationStore();
  const shown = selected ?? entries.length - 1;
  const [limit, setLimit] = useState(SHOWN_STEPS);
  // Only the newest steps are drawn (and a chosen older one with them), so a burst appends cheaply.
  const from = Math.max(0, Math.min(entries.length - limit, shown));
  // Stable, so rows that did not change are not drawn again.
  const choose = useCallback(
    (i: number) => sim.getState().select(i === sim.getState().entries.length - 1 ? null : i),
    [sim],
  );
  return (
    <section className="timeline" aria-label="Timeline">
      <header className="timeline-header">
        <h3>Timeline</h3>
        {selected !== null && (
          <button type="button" onClick={() => sim.getState().select(null)}>
            Back to latest
          </button>
        )}
        <button
          type="button"
          onClick={() => sim.getState().reset()}
          disabled={entries.length === 0}
        >
          Clear
        </button>
      </header>
      {dropped > 0 && (
        <p className="field-hint" role="note">
          The timeline keeps the last {MAX_ENTRIES.toLocaleString('en')} steps;{' '}
          {dropped.toLocaleString('en')} older {dropped === 1 ? 'step was' : 'steps were'} let go
          (their effect on waiting triggers stays).
        </p>
      )}
      {entries.length === 0 ? (
        <p className="field-hint">Send an event or move the clock; each step appears here.</p>
      ) : (
        <>
          {from > 0 && (
            <button type="button" onClick={() => setLimit(limit + 1000)}>
              Show earlier steps ({from.toLocaleString('en')} more)
            </button>
          )}
          <ol className="timeline-list" start={from + 1}>
            {entries.slice(from).map((e, k) => (
              <TimelineRow
                // Keyed by place, not by step: as a burst streams in, the rows stay and show newer
                // steps (new text in the same elements), instead of a hundred rows removed and a
                // hundred built per chunk, which cost the page a long task each time.
                key={k}
                entry={e}
                index={from + k}
                current={from + k === shown}
                onChoose={choose}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** One step; unchanged steps are not drawn again when a burst appends more. */
const TimelineRow = memo(function TimelineRow({
  entry: e,
  index,
  current,
  onChoose,
}: {
  entry: SimEntry;
  index: number;
  current: boolean;
  onChoose: (index: number) => void;
}) {
  const kind = e.firings.some((f) => f.result !== 'failed')
    ? 'fire'
    : e.firings.length || /dropped|not published|failed/.test(e.summary)
      ? 'drop'
      : /waits/.test(e.summary)
        ? 'held'
        : 'other';
  return (
    <li>
      <button
        type="button"
        className={`timeline-entry is-${kind}`}
        aria-current={current ? 'step' : undefined}
        onClick={() => onChoose(index)}
      >
        <span className="timeline-seq">#{e.seq}</span>{' '}
        {e.live && (
          <span
            className="timeline-live"
            title={`A real event from ${e.live.server}, ${e.live.subject} stream seq ${e.live.streamSeq}, received ${e.live.receivedAt}`}
          >
            live
          </span>
        )}
        {e.label} <span className="timeline-summary">— {e.summary}</span>
      </button>
    </li>
  );
});
