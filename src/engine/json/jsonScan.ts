/**
 * Low-level scanning of JSON text by index, so paths can be read without parsing whole documents
 * (the way gjson works on the sensor's raw event bytes). Lenient like gjson: it never throws and
 * treats malformed input as "ends here".
 */

export function skipWs(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else break;
  }
  return i;
}

/** Index just past the string whose opening quote is at `i`. */
export function stringEnd(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q === -1) return s.length;
    // The quote ends the string unless an odd number of backslashes precede it.
    let b = q - 1;
    while (b > i && s.charCodeAt(b) === 92) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Index just past the value starting at `i` (after whitespace). */
export function valueEnd(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return stringEnd(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const d = s.charCodeAt(j);
      if (d === 34) j = stringEnd(s, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return s.length;
  }
  let j = i;
  while (j < s.length) {
    const d = s[j];
    if (d === ',' || d === '}' || d === ']' || d === ' ' || d === '\t' || d === '\n' || d === '\r')
      break;
    j++;
  }
  return j;
}

/** Decodes the JSON string literal at [i, end). Invalid escapes are kept as written. */
export function decodeString(s: string, i: number, end: number): string {
  const body = s.slice(i + 1, end - 1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++j];
    switch (n) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u': {
        const hex = body.slice(j + 1, j + 5);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          j += 4;
        } else out += '\\u';
        break;
      }
      default:
        out += n ?? '';
    }
  }
  return out;
}

/**
 * The last text checked and its verdict: one event's data is checked by its EventSource, then by
 * each dependency's data and expr filters, and a parse per check was most of the engine's time.
 */
let lastText: string | null = null;
let lastValid = false;

/** True when the text is one valid JSON value (strict, like gjson.Valid). */
export function isValidJson(s: string): boolean {
  if (s === lastText) return lastValid;
  let valid: boolean;
  try {
    JSON.parse(s);
    valid = true;
  } catch {
    valid = false;
  }
  lastText = s;
  lastValid = valid;
  return valid;
}
