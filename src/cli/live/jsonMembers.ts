/** One member of a JSON object: its decoded key and the exact text of its value. */
export interface JsonMember {
  key: string;
  raw: string;
}

const WS = new Set([' ', '\t', '\n', '\r']);

/**
 * The members of a top-level JSON object in document order, each value as its exact source text
 * (Go's jsoniter `SkipAndReturnBytes`: number spellings, spacing and key order untouched). The text
 * must already be valid JSON (JSON.parse succeeded) whose top level is an object.
 */
export function objectMembers(text: string): JsonMember[] {
  const out: JsonMember[] = [];
  let i = skipWs(text, 0);
  if (text[i] !== '{') return out;
  i = skipWs(text, i + 1);
  if (text[i] === '}') return out;
  for (;;) {
    const keyEnd = skipString(text, i);
    const key = String(JSON.parse(text.slice(i, keyEnd)));
    i = skipWs(text, keyEnd);
    i = skipWs(text, i + 1); // the colon
    const end = skipValue(text, i);
    out.push({ key, raw: text.slice(i, end) });
    i = skipWs(text, end);
    if (text[i] !== ',') return out;
    i = skipWs(text, i + 1);
  }
}

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text[i]!)) i++;
  return i;
}

/** From an opening quote to just past its closing quote. */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !WS.has(text[j]!) && text[j] !== ',' && text[j] !== '}') j++;
  return j;
}
