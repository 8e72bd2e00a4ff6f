import { Fragment, type ReactNode } from 'react';

/** `code` spans as <code>, the rest as text: lesson files are data, never HTML. */
function inline(text: string): ReactNode[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`') ? (
        <code key={i}>{part.slice(1, -1)}</code>
      ) : (
        <Fragment key={i}>{part}</Fragment>
      ),
    );
}

const NUMBERED = /^\d+\.\s+/;
const BULLET = /^[-*]\s+/;

/** A lesson goal: blank lines part paragraphs; runs of `1.` or `-` lines become lists. */
export function GoalText({ text }: { text: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  return (
    <div className="lesson-goal">
      {blocks.map((block, i) => {
        const lines = block.split('\n').filter((l) => l.trim());
        if (lines.every((l) => NUMBERED.test(l.trim())))
          return (
            <ol key={i}>
              {lines.map((l, j) => (
                <li key={j}>{inline(l.trim().replace(NUMBERED, ''))}</li>
              ))}
            </ol>
          );
        if (lines.every((l) => BULLET.test(l.trim())))
          return (
            <ul key={i}>
              {lines.map((l, j) => (
                <li key={j}>{inline(l.trim().replace(BULLET, ''))}</li>
              ))}
            </ul>
          );
        return <p key={i}>{inline(lines.join(' '))}</p>;
      })}
    </div>
  );
}
