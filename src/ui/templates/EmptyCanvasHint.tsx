import { useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';

/** What an empty canvas suggests: add from the palette, or start from a template. */
export function EmptyCanvasHint({ onTemplates }: { onTemplates: () => void }) {
  // A big design still being read is not empty.
  const empty = useDesignerStore((s) => selectGraph(s).nodes.length === 0 && !s.reading);
  if (!empty) return null;
  return (
    <div className="canvas-empty" role="note" aria-label="Empty design">
      <p>
        This design is empty. Drag an EventSource, EventBus or trigger from the palette, paste YAML,
        or
      </p>
      <button type="button" onClick={onTemplates}>
        Start from a template
      </button>
    </div>
  );
}
