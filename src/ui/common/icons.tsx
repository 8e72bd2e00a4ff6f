import type { GraphNode } from '../../domain/graph/designGraph';

const PATHS: Record<GraphNode['kind'], string> = {
  // Simple geometric glyphs drawn for this app (24×24 viewBox).
  eventSource: 'M4 12h6M10 6v12M14 8l6 4-6 4z',
  event: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z',
  eventBus: 'M3 8h18M3 16h18M7 4v16M17 4v16',
  sensor: 'M12 4a8 8 0 100 16 8 8 0 000-16zm0 4a4 4 0 110 8 4 4 0 010-8z',
  dependency: 'M6 12h12M12 6l6 6-6 6',
  trigger: 'M13 2L4 14h7l-1 8 9-12h-7z',
};

/** A small line icon per node kind; inline SVG so the app needs no icon font or network. */
export function KindIcon({ kind }: { kind: GraphNode['kind'] }) {
  return (
    <svg
      className={`kind-icon kind-icon-${kind}`}
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}
