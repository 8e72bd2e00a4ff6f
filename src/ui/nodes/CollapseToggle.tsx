import { requestCanvas } from '../canvas/canvasRequests';

/**
 * Hides or shows an EventSource's events or a Sensor's dependencies and triggers. Not a Tab stop
 * of its own (the node is; its context menu has Collapse/Expand for the keyboard).
 */
export function CollapseToggle({
  id,
  label,
  parts,
  collapsed,
}: {
  id: string;
  label: string;
  parts: number;
  collapsed: boolean;
}) {
  const words = `${collapsed ? 'Expand' : 'Collapse'} ${label} (${parts} part${parts > 1 ? 's' : ''})`;
  return (
    <button
      type="button"
      tabIndex={-1}
      className="collapse-toggle nodrag"
      aria-expanded={!collapsed}
      aria-label={words}
      title={words}
      onClick={(e) => {
        e.stopPropagation();
        requestCanvas({ type: 'toggleCollapsed', id });
      }}
    >
      {collapsed ? `▸ ${parts}` : '▾'}
    </button>
  );
}
