import { compactJson, forEachElement, forEachMember, isValidJson, skipWs } from './jsonScan';
import { resultOf, resultString } from './gjsonResult';

/** gjson's built-in modifiers (`@name` or `@name:arg`). */
const MODIFIERS = [
  'this',
  'reverse',
  'ugly',
  'pretty',
  'valid',
  'flatten',
  'join',
  'keys',
  'values',
  'tostr',
  'fromstr',
  'group',
  'dig',
];

export function isModifier(text: string): boolean {
  return MODIFIERS.includes(nameOf(text));
}

function nameOf(text: string): string {
  const i = text.indexOf(':');
  return text.slice(1, i === -1 ? undefined : i);
}

function argOf(text: string): string {
  const i = text.indexOf(':');
  return i === -1 ? '' : text.slice(i + 1);
}

function elements(raw: string): string[] {
  const out: string[] = [];
  forEachElement(raw, 0, (s, e) => {
    out.push(raw.slice(s, e));
  });
  return out;
}

function members(raw: string): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  forEachMember(raw, 0, (m) => {
    out.push({ key: m.key, value: raw.slice(m.start, m.end) });
  });
  return out;
}

/** Applies a modifier to a raw JSON value; null when the result does not exist. */
export function applyModifier(raw: string, text: string): string | null {
  const arg = argOf(text);
  switch (nameOf(text)) {
    case 'this':
      return raw;
    case 'reverse':
      if (raw[0] === '[') return `[${elements(raw).reverse().join(',')}]`;
      if (raw[0] === '{')
        return `{${members(raw)
          .reverse()
          .map((m) => `${JSON.stringify(m.key)}:${m.value}`)
          .join(',')}}`;
      return raw;
    case 'ugly':
      return compactJson(raw);
    case 'pretty':
      return pretty(raw);
    case 'valid':
      return isValidJson(raw) ? raw : null;
    case 'flatten':
      return raw[0] === '[' ? `[${flatten(raw, /"deep"\s*:\s*true/.test(arg)).join(',')}]` : raw;
    case 'join': {
      if (raw[0] !== '[') return raw;
      const merged = new Map<string, string>();
      const keepDup = /"preserve"\s*:\s*true/.test(arg);
      const pairs: string[] = [];
      for (const el of elements(raw)) {
        for (const m of el[0] === '{' ? members(el) : []) {
          if (keepDup) pairs.push(`${JSON.stringify(m.key)}:${m.value}`);
          else merged.set(m.key, m.value);
        }
      }
      return keepDup
        ? `{${pairs.join(',')}}`
        : `{${[...merged].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
    }
    case 'keys':
      return raw[0] === '{'
        ? `[${members(raw)
            .map((m) => JSON.stringify(m.key))
            .join(',')}]`
        : raw[0] === '['
          ? '[]'
          : null;
    case 'values':
      return raw[0] === '{'
        ? `[${members(raw)
            .map((m) => m.value)
            .join(',')}]`
        : raw[0] === '['
          ? raw
          : null;
    case 'tostr':
      return JSON.stringify(raw);
    case 'fromstr': {
      const r = resultOf(raw);
      if (r.type !== 'String' || !isValidJson(r.str)) return null;
      const s = r.str.slice(skipWs(r.str, 0));
      return s.trimEnd();
    }
    case 'group': {
      if (raw[0] !== '{') return null;
      const cols = members(raw).filter((m) => m.value[0] === '[');
      const rows: string[][] = [];
      cols.forEach((col) => {
        elements(col.value).forEach((v, i) => {
          (rows[i] ??= []).push(`${JSON.stringify(col.key)}:${v}`);
        });
      });
      return `[${rows.map((r) => `{${r.join(',')}}`).join(',')}]`;
    }
    case 'dig': {
      const key = resultString(resultOf(arg)) || arg;
      const found: string[] = [];
      dig(raw, key, found);
      return `[${found.join(',')}]`;
    }
    default:
      return null;
  }
}

function flatten(raw: string, deep: boolean): string[] {
  const out: string[] = [];
  for (const el of elements(raw)) {
    if (el[0] === '[') {
      if (deep) out.push(...flatten(el, true));
      else out.push(...elements(el));
    } else out.push(el);
  }
  return out;
}

function dig(raw: string, key: string, found: string[]): void {
  if (raw[0] === '{') {
    for (const m of members(raw)) {
      if (m.key === key) found.push(m.value);
      dig(m.value, key, found);
    }
  } else if (raw[0] === '[') {
    for (const el of elements(raw)) dig(el, key, found);
  }
}

function pretty(raw: string, indent = ''): string {
  const next = `${indent}  `;
  if (raw[0] === '{') {
    const ms = members(raw);
    if (ms.length === 0) return '{}';
    return `{\n${ms.map((m) => `${next}${JSON.stringify(m.key)}: ${pretty(m.value, next)}`).join(',\n')}\n${indent}}`;
  }
  if (raw[0] === '[') {
    const els = elements(raw);
    if (els.length === 0) return '[]';
    return `[\n${els.map((e) => `${next}${pretty(e, next)}`).join(',\n')}\n${indent}]`;
  }
  return raw;
}
