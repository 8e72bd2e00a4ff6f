import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { TOUR_STEPS } from './tourSteps';

interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

const CARD_WIDTH = 300;

/** Where the card goes: beside the target if there is room, else below or above it, always on screen. */
function placeCard(
  target: Rect,
  card: { width: number; height: number },
): { top: number; left: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clamp = (v: number, max: number) => Math.max(8, Math.min(v, max - 8));
  if (target.left + target.width + 12 + card.width < vw)
    return { left: target.left + target.width + 12, top: clamp(target.top + 12, vh - card.height) };
  if (target.left - 12 - card.width > 0)
    return { left: target.left - 12 - card.width, top: clamp(target.top + 12, vh - card.height) };
  const below = target.top + target.height + 12;
  return {
    left: clamp(target.left + 12, vw - card.width),
    top: below + card.height < vh ? below : clamp(target.top - 12 - card.height, vh - card.height),
  };
}

/** A short first-run tour of the five areas; Escape or "Skip tour" ends it at any step. */
export function GuidedTour({ onEnd }: { onEnd: () => void }) {
  const [index, setIndex] = useState(0);
  const [rect, setRect] = useState<Rect | null>(null);
  const [cardHeight, setCardHeight] = useState(180);
  const card = useRef<HTMLDivElement>(null);
  const step = TOUR_STEPS[index]!;
  useLayoutEffect(() => {
    // Measured before paint, in a callback the browser also calls on resize.
    const measure = () => {
      const el = document.querySelector(step.target);
      const r = el?.getBoundingClientRect();
      setRect(r ? { top: r.top, left: r.left, width: r.width, height: r.height } : null);
      setCardHeight(card.current?.offsetHeight ?? 180);
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [step.target]);
  useEffect(() => {
    card.current?.querySelector<HTMLButtonElement>('.tour-next')?.focus();
  }, [index]);
  const last = index === TOUR_STEPS.length - 1;
  const place = rect
    ? placeCard(rect, { width: CARD_WIDTH, height: cardHeight })
    : { top: 80, left: 80 };
  return (
    <div className="tour-layer">
      {rect && (
        <div
          className="tour-highlight"
          style={{
            top: rect.top - 4,
            left: rect.left - 4,
            width: rect.width + 8,
            height: rect.height + 8,
          }}
          aria-hidden="true"
        />
      )}
      <div
        ref={card}
        className="tour-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-text"
        style={{ top: place.top, left: place.left, width: CARD_WIDTH }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEnd();
          else if (e.key === 'ArrowRight' && !last) setIndex((i) => i + 1);
          else if (e.key === 'ArrowLeft' && index > 0) setIndex((i) => i - 1);
          else return;
          e.preventDefault();
        }}
      >
        <p className="tour-count">
          Step {index + 1} of {TOUR_STEPS.length}
        </p>
        <h2 id="tour-title">{step.title}</h2>
        <p id="tour-text">{step.text}</p>
        <div className="tour-buttons">
          <button type="button" onClick={onEnd}>
            Skip tour
          </button>
          <span className="tour-spacer" />
          {index > 0 && (
            <button type="button" onClick={() => setIndex((i) => i - 1)}>
              Back
            </button>
          )}
          <button
            type="button"
            className="tour-next"
            onClick={() => (last ? onEnd() : setIndex((i) => i + 1))}
          >
            {last ? 'Done' : 'Next'}
          </button>
        </div>
      </div>
    </div>
  );
}
