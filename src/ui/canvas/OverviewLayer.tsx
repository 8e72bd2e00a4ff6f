import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { DesignFlowNode } from './toFlowElements';
import {
  OVERVIEW_FONT_PX,
  boxesInView,
  linesInView,
  type OverviewBox,
  type OverviewLine,
} from './overviewModel';

const KIND_VAR: Record<OverviewBox['kind'], string> = {
  eventSource: '--source',
  event: '--event',
  eventBus: '--bus',
  sensor: '--sensor',
  dependency: '--sensor',
  trigger: '--trigger',
};

/**
 * A big design zoomed out, drawn as one picture: a box per node in its kind's colour, with its
 * name where the box has room, and its connections as thin lines. It follows React Flow's viewport
 * (one redraw per frame at most) and takes no pointer events: the pane under it pans, zooms and
 * hit-tests clicks. How many boxes it drew, and how many lay wholly inside, are on the element
 * (`data-drawn`, `data-inside`) for tests and tools: the picture itself has no DOM per node.
 */
export function OverviewLayer({
  boxes,
  lines,
}: {
  boxes: readonly OverviewBox[];
  lines: readonly OverviewLine[];
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const flowStore = useStoreApi<DesignFlowNode>();
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const rect = canvas.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(rect.width * ratio);
      const h = Math.round(rect.height * ratio);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, rect.width, rect.height);
      const [x, y, zoom] = flowStore.getState().transform;
      const view = { x, y, zoom };
      const draws = boxesInView(boxes, view, rect);
      paintLines(ctx, canvas, linesInView(lines, view, rect));
      paint(ctx, canvas, draws);
      const inside = draws.filter(
        (d) =>
          d.left >= 0 &&
          d.top >= 0 &&
          d.left + d.width <= rect.width &&
          d.top + d.height <= rect.height,
      ).length;
      canvas.dataset.drawn = String(draws.length);
      canvas.dataset.inside = String(inside);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = flowStore.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height)
        schedule();
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [flowStore, boxes, lines]);
  return <canvas ref={ref} className="overview-layer" aria-hidden="true" />;
}

function paintLines(ctx: CanvasRenderingContext2D, el: HTMLElement, lines: OverviewLine[]): void {
  if (!lines.length) return;
  ctx.strokeStyle = getComputedStyle(el).getPropertyValue('--muted').trim() || '#888';
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const l of lines) {
    ctx.moveTo(l.x1, l.y1);
    ctx.lineTo(l.x2, l.y2);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function paint(
  ctx: CanvasRenderingContext2D,
  el: HTMLElement,
  draws: ReturnType<typeof boxesInView>,
): void {
  // The theme's colours, so the picture follows light, dark and high-contrast themes.
  const css = getComputedStyle(el);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#888';
  const kinds = new Map(Object.entries(KIND_VAR).map(([k, v]) => [k, color(v)]));
  const panel = color('--panel');
  const text = color('--text');
  const accent = color('--accent');
  ctx.font = `${OVERVIEW_FONT_PX}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  for (const d of draws) {
    const kind = kinds.get(d.box.kind) ?? text;
    const { left, top, width, height } = d;
    if (width < 4 || height < 3) {
      ctx.fillStyle = kind;
      ctx.fillRect(left, top, Math.max(width, 1), Math.max(height, 1));
      continue;
    }
    if (d.box.group) {
      ctx.strokeStyle = kind;
      ctx.lineWidth = 1;
      ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
    } else {
      ctx.fillStyle = panel;
      ctx.fillRect(left, top, width, height);
      ctx.fillStyle = kind;
      ctx.fillRect(left, top, Math.min(4, width / 4), height);
      ctx.strokeStyle = kind;
      ctx.lineWidth = 1;
      ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
    }
    if (d.box.selected) {
      ctx.strokeStyle = accent;
      ctx.lineWidth = 3;
      ctx.strokeRect(left - 1.5, top - 1.5, width + 3, height + 3);
    }
    if (d.text) {
      ctx.fillStyle = d.box.group ? kind : text;
      const lineMid = d.box.group ? Math.min(height / 2, OVERVIEW_FONT_PX) : height / 2;
      ctx.fillText(d.text, left + 6, top + lineMid);
    }
  }
}
