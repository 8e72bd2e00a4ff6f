/**
 * tidwall/match v1.1.1 MatchLimit as gjson calls it (limit 10000): `*` any run, `?` one
 * character, `\x` a literal x, compared rune by rune. The complexity counter is kept, so a
 * pattern gjson gives up on (and so does not match) is not matched here either.
 */

const enum R {
  NoMatch,
  Match,
  Stop,
}

/** The rune at `i` and its width in code units (a lone surrogate is one rune). */
function runeAt(s: string, i: number): [number, number] {
  const c = s.codePointAt(i);
  if (c === undefined) return [0, 0];
  return [c, c > 0xffff ? 2 : 1];
}

function lastRune(s: string): [number, number] {
  if (s.length === 0) return [0xfffd, 0];
  const lo = s.charCodeAt(s.length - 1);
  if (lo >= 0xdc00 && lo < 0xe000 && s.length > 1) {
    const hi = s.charCodeAt(s.length - 2);
    if (hi >= 0xd800 && hi < 0xdc00) return [s.codePointAt(s.length - 2)!, 2];
  }
  return [lo, 1];
}

/** gjson matchLimit(str, pattern): true when the pattern matches within the complexity limit. */
export function matchLimit(str: string, pattern: string, maxcomp = 10000): boolean {
  if (pattern === '*') return true;
  const counter = { n: 0 };
  return match(str, pattern, goLength(str), counter, maxcomp) === R.Match;
}

/** len() of the UTF-8 encoding: the limit is counted in bytes. */
function goLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

function match(str: string, pat: string, slen: number, counter: { n: number }, maxcomp: number): R {
  if (counter.n > slen * maxcomp) return R.Stop;
  counter.n++;
  while (pat.length > 0) {
    let wild = false;
    let [pc, ps] = runeAt(pat, 0);
    let sc = 0;
    let ss = 0;
    if (str.length > 0) [sc, ss] = runeAt(str, 0);
    if (pc === 63 /* ? */) {
      if (ss === 0) return R.NoMatch;
    } else if (pc === 42 /* * */) {
      while (pat.length > 1 && pat[1] === '*') pat = pat.slice(1);
      if (pat.length === 1) return R.Match;
      const t = trimSuffix(str, pat);
      if (!t.ok) return R.NoMatch;
      str = t.str;
      pat = t.pat;
      if (pat.length === 1) return R.Match;
      const r = match(str, pat.slice(1), slen, counter, maxcomp);
      if (r !== R.NoMatch) return r;
      if (str.length === 0) return R.NoMatch;
      wild = true;
    } else {
      if (ss === 0) return R.NoMatch;
      if (pc === 92 /* \ */) {
        pat = pat.slice(ps);
        [pc, ps] = runeAt(pat, 0);
        if (ps === 0) return R.NoMatch;
      }
      if (sc !== pc) return R.NoMatch;
    }
    str = str.slice(ss);
    if (!wild) pat = pat.slice(ps);
  }
  return str.length === 0 ? R.Match : R.NoMatch;
}

/** match's matchTrimSuffix: matches the pattern's literal tail against the string's tail. */
function trimSuffix(str: string, pat: string): { str: string; pat: string; ok: boolean } {
  let ok = true;
  while (str.length > 0 && pat.length > 1) {
    const [pc, ps0] = lastRune(pat);
    let ps = ps0;
    let esc = false;
    for (let i = 0; ; i++) {
      if (pat[pat.length - ps - i - 1] !== '\\') {
        if ((i & 1) === 1) {
          esc = true;
          ps++;
        }
        break;
      }
    }
    if (pc === 42 && !esc) {
      ok = true;
      break;
    }
    const [sc, ss] = lastRune(str);
    if (!((pc === 63 && !esc) || pc === sc)) {
      ok = false;
      break;
    }
    str = str.slice(0, str.length - ss);
    pat = pat.slice(0, pat.length - ps);
  }
  return { str, pat, ok };
}
