/**
 * Limits on untrusted YAML. Designs arrive from files, pasted text and share links, so every
 * limit must be checked before the `yaml` parser sees the text: the parser recurses per
 * nesting level and runs out of memory (not just stack) on ~10,000 levels of `- - - …`.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 2000;
export const MAX_ALIAS_COUNT = 1000;
export const MAX_NESTING_DEPTH = 128;

export interface LimitViolation {
  code: 'yaml.too-large' | 'yaml.too-deep' | 'yaml.binary';
  message: string;
  offset: number;
}

/** Checks size, binary content and nesting depth in one linear pass. */
export function checkYamlLimits(text: string): LimitViolation | null {
  if (text.length > MAX_FILE_BYTES) {
    return {
      code: 'yaml.too-large',
      message: `file is ${formatMiB(text.length)}; the limit is ${formatMiB(MAX_FILE_BYTES)}`,
      offset: 0,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return {
      code: 'yaml.binary',
      message: 'file is binary (it holds a NUL byte), not YAML text',
      offset: nul,
    };
  }
  const deep = findTooDeep(text, MAX_NESTING_DEPTH);
  if (deep !== -1) {
    return {
      code: 'yaml.too-deep',
      message: `nesting deeper than ${MAX_NESTING_DEPTH} levels`,
      offset: deep,
    };
  }
  return null;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * Estimates structural depth without parsing: block indentation levels (a stack, as a Python
 * tokenizer keeps), plus compact `- ` markers at the start of a line, plus open flow brackets.
 * Quoted strings and comments are skipped so brackets inside them do not count. It is an upper
 * bound good enough to refuse hostile input; real manifests stay far below the limit.
 * Returns the offset where the limit is passed, or -1.
 */
function findTooDeep(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: measure indentation and leading sequence markers.
    let col = 0;
    while (i < n && text[i] === ' ') {
      i++;
      col++;
    }
    if (flow === 0 && i < n && text[i] !== '\n' && text[i] !== '#') {
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > col) indents.pop();
      if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < col) indents.push(col);
      let markers = 0;
      while (i + 1 < n && (text[i] === '-' || text[i] === '?') && text[i + 1] === ' ') {
        markers++;
        i += 2;
        while (i < n && text[i] === ' ') i++;
      }
      if (indents.length + markers > limit) return i;
    }
    // Rest of the line: flow brackets, skipping quotes and comments. A quote only opens a
    // quoted scalar where a value can start, so an apostrophe in plain text skips nothing.
    let prev = ' ';
    while (i < n && text[i] !== '\n') {
      const c = text[i];
      if ((c === '"' || c === "'") && VALUE_START.includes(prev)) {
        i = skipQuoted(text, i, c);
        prev = c;
        continue;
      }
      if (c !== ' ') prev = c ?? ' ';
      if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        while (i < n && text[i] !== '\n') i++;
        break;
      }
      if (c === '[' || c === '{') {
        flow++;
        if (flow + indents.length > limit) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      i++;
    }
    i++;
  }
  return -1;
}

const VALUE_START = ' :-[{,?';

/** Skips a quoted scalar, but never past the end of the line, so a stray quote cannot hide lines. */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '\n') {
    const c = text[i];
    if (quote === '"' && c === '\\') i += 2;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}
