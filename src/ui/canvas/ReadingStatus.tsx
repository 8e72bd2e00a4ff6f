import { useDesignerStore } from '../../state/useDesignerStore';

/**
 * A big design is read in the background: how far it got, with Stop; once stopped, a way to read
 * it again. The text is open and editable throughout.
 */
export function ReadingStatus() {
  const reading = useDesignerStore((s) => s.reading);
  const stopped = useDesignerStore((s) => s.readingStopped);
  const stop = useDesignerStore((s) => s.stopReading);
  const again = useDesignerStore((s) => s.reanalyze);
  if (reading)
    return (
      <div className="canvas-reading" role="status" aria-label="Reading the design">
        <label>
          Reading the design: {reading.done} of {reading.total} file{reading.total === 1 ? '' : 's'}
          <progress max={reading.total} value={reading.done} />
        </label>
        <button type="button" onClick={stop}>
          Stop
        </button>
      </div>
    );
  if (stopped)
    return (
      <div className="canvas-reading" role="status" aria-label="Reading the design">
        <span>Reading was stopped: the canvas and the problems are not up to date.</span>
        <button type="button" onClick={again}>
          Read again
        </button>
      </div>
    );
  return null;
}
