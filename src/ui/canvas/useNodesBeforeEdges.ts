import { useEffect, type RefObject } from 'react';

const NODES = '.react-flow__node[tabindex="0"]';
const EDGES = '.react-flow__edge[tabindex="0"]';
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

const tabbable = (el: HTMLElement) => el.tabIndex >= 0 && el.getClientRects().length > 0;

/**
 * Tab order on the canvas: every node, then every edge. React Flow puts the edges' SVG before the
 * nodes in the page, so the browser's order would start with edges; this keeps the page order for
 * everything else and only reorders stops inside the canvas (and the way into it).
 */
export function useNodesBeforeEdges(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const nodesOf = () => [...root.querySelectorAll<HTMLElement>(NODES)];
    const edgesOf = () => [...root.querySelectorAll<HTMLElement>(EDGES)];
    const isFlowStop = (el: Element) => el.matches(NODES) || el.matches(EDGES);
    /** The next stop outside the nodes and edges, from an element at the DOM boundary of them. */
    const beyond = (anchor: HTMLElement, back: boolean) => {
      const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(tabbable);
      const i = all.indexOf(anchor);
      const rest = back ? all.slice(0, Math.max(0, i)).reverse() : all.slice(i + 1);
      return rest.find((el) => !isFlowStop(el));
    };
    let tabbing = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey) return;
      tabbing = true;
      setTimeout(() => (tabbing = false), 0);
      const here = document.activeElement as HTMLElement | null;
      if (!here || !root.contains(here) || !isFlowStop(here)) return;
      const nodes = nodesOf();
      const edges = edgesOf();
      const order = [...nodes, ...edges];
      const i = order.indexOf(here);
      const next = order[i + (e.shiftKey ? -1 : 1)];
      const target =
        next ??
        (e.shiftKey ? beyond(edges[0] ?? nodes[0]!, true) : beyond(nodes.at(-1) ?? here, false));
      if (!target) return;
      e.preventDefault();
      target.focus();
    };
    const onFocusIn = (e: FocusEvent) => {
      const from = e.relatedTarget;
      if (!tabbing || (from instanceof Element && isFlowStop(from))) return;
      const t = e.target as HTMLElement;
      const nodes = nodesOf();
      const edges = edgesOf();
      const backwards =
        from instanceof Node &&
        (from.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
      // Coming forwards the browser lands on the first edge; backwards on the last node.
      if (!backwards && edges[0] === t && nodes[0]) nodes[0].focus();
      else if (backwards && nodes.at(-1) === t && edges.length) edges.at(-1)!.focus();
    };
    window.addEventListener('keydown', onKey, true);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [ref]);
}
