import { useDesignerStore } from '../../state/useDesignerStore';
import { selectGraph } from '../../state/selectors';

/** What an empty canvas suggests: add from the palette, or start from a template. */
export function EmptyCanvasHint({ onTemplates }: { onTemplates: () => void }) {
  const empty = useDesignerStore((s) => selectGraph(s).nodes.length === 0);
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
