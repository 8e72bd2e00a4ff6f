import { RE2JS } from 're2js';

/**
 * Go `regexp` (RE2 syntax, linear time) through re2js. JavaScript's RegExp differs in syntax and can
 * backtrack for ever, so the engine never uses it for patterns that come from a design.
 */
export type CompiledRegex = { ok: true; re: RE2JS } | { ok: false; error: string };

const CACHE = new Map<string, CompiledRegex>();
const CACHE_LIMIT = 500;

export function compileGoRegex(pattern: string): CompiledRegex {
  const hit = CACHE.get(pattern);
  if (hit) return hit;
  let out: CompiledRegex;
  try {
    out = { ok: true, re: RE2JS.compile(pattern) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    out = {
      ok: false,
      error: msg.startsWith('error parsing regexp') ? msg : `error parsing regexp: ${msg}`,
    };
  }
  const oldest = CACHE.keys().next();
  if (CACHE.size >= CACHE_LIMIT && !oldest.done) CACHE.delete(oldest.value);
  CACHE.set(pattern, out);
  return out;
}

/** Go MatchString: is there a match anywhere in `s`? */
export function goRegexMatch(re: RE2JS, s: string): boolean {
  return re.test(s);
}

interface Match {
  start: number;
  end: number;
  groups: (string | null)[];
}

function matches(re: RE2JS, s: string, n: number): Match[] {
  const out: Match[] = [];
  const m = re.matcher(s);
  while ((n < 0 || out.length < n) && m.find()) {
    const groups: (string | null)[] = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g));
    out.push({ start: m.start(), end: m.end(), groups });
  }
  return out;
}

/** Go FindAllString(s, n). */
export function goFindAll(re: RE2JS, s: string, n: number): string[] {
  return matches(re, s, n).map((m) => m.groups[0] ?? '');
}

/** Go ReplaceAllString (with `$1`/`${name}` expansion) or ReplaceAllLiteralString. */
export function goReplaceAll(re: RE2JS, s: string, repl: string, literal: boolean): string {
  let out = '';
  let last = 0;
  for (const m of matches(re, s, -1)) {
    out += s.slice(last, m.start) + (literal ? repl : expand(repl, m.groups));
    last = m.end;
  }
  return out + s.slice(last);
}

function expand(template: string, groups: (string | null)[]): string {
  return template.replace(
    /\$(\$|\{(\w+)\}|(\w+))/g,
    (_, all: string, braced?: string, bare?: string) => {
      if (all === '$') return '$';
      const name = braced ?? bare ?? '';
      return /^\d+$/.test(name) ? (groups[Number(name)] ?? '') : '';
    },
  );
}

/** Go Split(s, n). */
export function goSplit(re: RE2JS, s: string, n: number): string[] {
  if (n === 0) return [];
  if (s === '') return [''];
  const out: string[] = [];
  let last = 0;
  for (const m of matches(re, s, -1)) {
    if (n > 0 && out.length === n - 1) break;
    if (m.end === 0 && m.start === 0) continue;
    out.push(s.slice(last, m.start));
    last = m.end;
  }
  out.push(s.slice(last));
  return out;
}

export function goQuoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
