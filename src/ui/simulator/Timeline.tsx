import { memo, useCallback, useState, type UIEvent } from 'react';
import { useSimulation, useSimulationStore, useSimulationView } from '../../state/useSimulation';
import { MAX_ENTRIES, type SimEntry, type SimulationState } from '../../state/simulationStore';

/** Steps drawn at first; a burst's older ones come with "Show earlier steps". */
const SHOWN_STEPS = 200;
/** From this many rows on, only those in view (and a margin) are in the page, one line each. */
const WINDOW_FROM = 60;
/** A row's height when the list is windowed (theme.css `.timeline-list.is-windowed`). */
const ROW_PX = 22;
/** Rows drawn beyond each edge of the view. */
const MARGIN_ROWS = 10;
/** Rows assumed in view before the list has been scrolled (its max height is 40vh). */
const VIEW_ROWS = 24;

const selectEntries = (s: SimulationState) => s.entries;
const selectDropped = (s: SimulationState) => s.dropped;

/** Every input sent, newest last; choosing one shows the canvas and details as they were then. */
export function Timeline() {
  // Followed in a transition: a burst's rows are redrawn after the task that records a chunk (and
  // past 2,000 steps every chunk lets some go, which drew the whole list inside that task).
  const entries = useSimulationView(selectEntries);
  const dropped = useSimulationView(selectDropped);
  const selected = useSimulation((s) => s.selected);
  const sim = useSimulationStore();
  const shown = selected ?? entries.length - 1;
  const [limit, setLimit] = useState(SHOWN_STEPS);
  const [view, setView] = useState({ top: 0, height: VIEW_ROWS * ROW_PX });
  const onScroll = (e: UIEvent<HTMLOListElement>) =>
    setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });
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
          <TimelineRows
            entries={entries}
            from={from}
            shown={shown}
            view={view}
            onScroll={onScroll}
            onChoose={choose}
          />
        </>
      )}
    </section>
  );
}

/**
 * The list of steps from `from`. A long one (a burst) has only the rows in view in the page, one
 * line each, with the rest as padding of the same height, so the scroll bar and positions stay
 * true: a chunk of a burst then rewrites a few dozen rows, not two hundred.
 */
function TimelineRows({
  entries,
  from,
  shown,
  view,
  onScroll,
  onChoose,
}: {
  entries: readonly SimEntry[];
  from: number;
  shown: number;
  view: { top: number; height: number };
  onScroll: (e: UIEvent<HTMLOListElement>) => void;
  onChoose: (index: number) => void;
}) {
  const count = entries.length - from;
  const windowed = count >= WINDOW_FROM;
  const first = windowed ? Math.max(0, Math.floor(view.top / ROW_PX) - MARGIN_ROWS) : 0;
  const last = windowed
    ? Math.min(count, Math.ceil((view.top + view.height) / ROW_PX) + MARGIN_ROWS)
    : count;
  return (
    <ol
      className={`timeline-list${windowed ? ' is-windowed' : ''}`}
      start={from + first + 1}
      onScroll={windowed ? onScroll : undefined}
      style={
        windowed
          ? { paddingTop: first * ROW_PX, paddingBottom: (count - last) * ROW_PX }
          : undefined
      }
    >
      {entries.slice(from + first, from + last).map((e, k) => (
        <TimelineRow
          // Keyed by place, not by step: as a burst streams in, the rows stay and show newer
          // steps (new text in the same elements), instead of rows removed and built per chunk.
          key={k}
          entry={e}
          index={from + first + k}
          current={from + first + k === shown}
          onChoose={onChoose}
          {...(windowed ? { position: { at: first + k + 1, of: count } } : {})}
        />
      ))}
    </ol>
  );
}

/** One step; unchanged steps are not drawn again when a burst appends more. */
const TimelineRow = memo(function TimelineRow({
  entry: e,
  index,
  current,
  onChoose,
  position,
}: {
  entry: SimEntry;
  index: number;
  current: boolean;
  onChoose: (index: number) => void;
  /** In a windowed list: the row's place among all of them (for screen readers). */
  position?: { at: number; of: number };
}) {
  const kind = e.fired
    ? 'fire'
    : e.failed || /dropped|not published|failed/.test(e.summary)
      ? 'drop'
      : /waits/.test(e.summary)
        ? 'held'
        : 'other';
  return (
    <li {...(position ? { 'aria-posinset': position.at, 'aria-setsize': position.of } : {})}>
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
