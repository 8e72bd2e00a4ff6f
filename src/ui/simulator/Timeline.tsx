import { useSimulation, useSimulationStore } from '../../state/useSimulation';
import { MAX_ENTRIES } from '../../state/simulationStore';

/** Every input sent, newest last; choosing one shows the canvas and details as they were then. */
export function Timeline() {
  const entries = useSimulation((s) => s.entries);
  const selected = useSimulation((s) => s.selected);
  const dropped = useSimulation((s) => s.dropped);
  const sim = useSimulationStore();
  const shown = selected ?? entries.length - 1;
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
        <ol className="timeline-list">
          {entries.map((e, i) => {
            const kind = e.firings.some((f) => f.result !== 'failed')
              ? 'fire'
              : e.firings.length || /dropped|not published|failed/.test(e.summary)
                ? 'drop'
                : /waits/.test(e.summary)
                  ? 'held'
                  : 'other';
            return (
              <li key={e.seq}>
                <button
                  type="button"
                  className={`timeline-entry is-${kind}`}
                  aria-current={i === shown ? 'step' : undefined}
                  onClick={() => sim.getState().select(i === entries.length - 1 ? null : i)}
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
          })}
        </ol>
      )}
    </section>
  );
}
