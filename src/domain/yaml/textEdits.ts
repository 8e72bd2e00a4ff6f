/** A replacement of text[start, end) by `text`; a zero-length range is an insertion. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const BLOCK_SCALAR = /[|>][-+]?[1-9]?\n/;

/**
 * A block scalar written by an edit would swallow the whitespace-only lines after it as content
 * (a line with more spaces than the scalar's indentation is a content line). Such lines are
 * taken into the edit and written back empty, which changes no value.
 */
function guardBlockScalar(text: string, e: TextEdit): TextEdit {
  if (!BLOCK_SCALAR.test(e.text)) return e;
  let end = e.end;
  let tail = '';
  for (;;) {
    const nl = text.indexOf('\n', end);
    if (nl === -1 || text[end] !== '\n') break;
    const next = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, next === -1 ? text.length : next);
    if (!/^[ \t]+$/.test(line)) break;
    tail += '\n';
    end = next === -1 ? text.length : next;
  }
  return tail ? { start: e.start, end, text: e.text + tail } : e;
}

/** Applies non-overlapping edits; later offsets first, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e) => guardBlockScalar(text, e))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * End of the line holding the last character before `offset` (the position of its `\n`, or the
 * text length). Node ranges from the `yaml` parser often end just after a newline; this treats
 * such an end as belonging to the line it closes.
 */
export function lineEndOf(text: string, offset: number): number {
  const from = offset > 0 && text[offset - 1] === '\n' ? offset - 1 : offset;
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

/** Drops trailing newlines and spaces from a range end, so it ends on the last content line. */
export function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === ' ' || text[e - 1] === '\r')) e--;
  return e;
}

/** Column (0-based) of `offset` on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** True when only spaces stand between the start of the line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStartOf(text, offset), offset));
}

/**
 * Whether a block scalar may end at `end` in a structure whose lines start at column `col`:
 * not when the next non-blank line is a comment indented deeper than `col`, because a block
 * scalar would take that comment in as content.
 */
export function blockScalarSafe(text: string, end: number, col: number): boolean {
  let i = lineEndOf(text, end) + 1;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl === -1 ? text.length : nl);
    if (!/^[ \t]*$/.test(line)) {
      const indent = line.length - line.trimStart().length;
      return !(line.trimStart().startsWith('#') && indent > col);
    }
    if (nl === -1) break;
    i = nl + 1;
  }
  return true;
}
