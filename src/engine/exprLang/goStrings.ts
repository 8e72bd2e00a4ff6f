import { bytesOf } from './access';

/** Go's strings functions where JavaScript's differ (case mapping, split and replace counts, byte offsets). */

/** Go's unicode simple case mapping (ToUpper keeps ß; JavaScript's full mapping would not). */
export function simpleCase(x: string, upper: boolean): string {
  let out = '';
  for (const ch of x) {
    const m = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

export function trimChars(x: string, cut: string, left: boolean, right: boolean): string {
  const set = new Set(cut);
  const chars = [...x];
  let a = 0;
  let b = chars.length;
  while (left && a < b && set.has(chars[a]!)) a++;
  while (right && b > a && set.has(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

export function goSplit(x: string, sep: string, n: number, after: boolean): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const chars = [...x];
    if (n < 0 || n >= chars.length) return chars;
    return [...chars.slice(0, n - 1), chars.slice(n - 1).join('')];
  }
  const out: string[] = [];
  let rest = x;
  while (n < 0 || out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, after ? i + sep.length : i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

export function goReplace(x: string, from: string, to: string, n: number): string {
  if (n === 0 || from === to) return x;
  if (from === '') {
    const chars = [...x];
    let out = '';
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (n < 0 || done < n) {
        out += to;
        done++;
      }
      if (i < chars.length) out += chars[i];
    }
    return out;
  }
  let out = '';
  let rest = x;
  let done = 0;
  while (n < 0 || done < n) {
    const i = rest.indexOf(from);
    if (i < 0) break;
    out += rest.slice(0, i) + to;
    rest = rest.slice(i + from.length);
    done++;
  }
  return out + rest;
}

/** strings.Index / LastIndex: byte offsets, as Go counts them. */
export function byteIndex(x: string, sub: string, last: boolean): number {
  const i = last ? x.lastIndexOf(sub) : x.indexOf(sub);
  return i < 0 ? -1 : bytesOf(x.slice(0, i)).length;
}
