/**
 * Go compares strings byte by byte in UTF-8, which orders by code point; JavaScript's `<` orders
 * by UTF-16 unit, which differs above U+FFFF. This compares the Go way.
 */
export function goStringCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Only surrogates (code points past U+FFFF) sort differently from their UTF-16 units.
    const xs = x >= 0xd800 && x < 0xe000;
    const ys = y >= 0xd800 && y < 0xe000;
    if (xs && !ys && y >= 0xe000) return 1;
    if (ys && !xs && x >= 0xe000) return -1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** unicode.IsSpace: Go's white space (it has U+0085 where JavaScript's trim has U+FEFF). */
function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** strings.TrimSpace. */
export function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isGoSpace(s.charCodeAt(a))) a++;
  while (b > a && isGoSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** unicode.IsPrint for the characters a quoted string keeps as they are (an approximation by class). */
function isGoPrint(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  if (cp === 0xfffd) return true;
  // Go's IsPrint: letters, marks, numbers, punctuation, symbols and U+0020; not other spaces.
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(cp));
}

/**
 * strconv.Quote: a double-quoted Go string literal; \a \b \f \n \r \t \v, \\ and \" escaped,
 * other non-printable characters as \xXX, \uXXXX or \UXXXXXXXX. A lone surrogate stands for
 * U+FFFD (what Go's decoders make of one), which is printable.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0xd800 && cp < 0xe000) out += '\ufffd';
    else if (isGoPrint(cp)) out += ch;
    else {
      const short: Record<number, string> = {
        7: 'a',
        8: 'b',
        12: 'f',
        10: 'n',
        13: 'r',
        9: 't',
        11: 'v',
      };
      const e = short[cp];
      if (e) out += `\\${e}`;
      else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
      else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, '0')}`;
      else out += `\\U${cp.toString(16).padStart(8, '0')}`;
    }
  }
  return `${out}"`;
}
