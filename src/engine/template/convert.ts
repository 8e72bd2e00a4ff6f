import { goMarshalString } from '../json/goJson';
import { formatFloatF } from '../json/goNumbers';
import { GoInt, GoTime, isMap, NO_VALUE, printV, type TValue } from './values';

/** sprig's strval: strings as is, everything else as fmt's %v. */
export function strval(v: TValue): string {
  if (typeof v === 'string') return v;
  if (v === NO_VALUE || v === null) return '<nil>';
  return printV(v, false);
}

/** spf13/cast ToInt64 as sprig uses it: floats truncate, numeric strings parse, anything else is 0. */
export function toInt64(v: TValue): number {
  if (v instanceof GoInt) return v.v;
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^[+-]?\d+$/.test(t)) return Number(t);
    if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(t)) return parseInt(t, 16);
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Math.trunc(Number(t));
    return 0;
  }
  return 0;
}

/** spf13/cast ToFloat64. */
export function toFloat64(v: TValue): number {
  if (v instanceof GoInt) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/** Go encoding/json Marshal of a template value (maps with sorted keys, HTML-escaped strings). */
export function toGoJson(v: TValue, escapeHtml = true, indent = '', level = ''): string {
  if (v === null || v === NO_VALUE) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return goJsonFloat(v);
  if (v instanceof GoInt) return String(v.v);
  if (v instanceof GoTime)
    return JSON.stringify(new Date(v.ms).toISOString().replace('.000Z', 'Z'));
  if (typeof v === 'string')
    return escapeHtml
      ? goMarshalString(v)
      : goMarshalString(v)
          .replace(/\\u003c/g, '<')
          .replace(/\\u003e/g, '>')
          .replace(/\\u0026/g, '&');
  const nl = indent ? `\n${level}${indent}` : '';
  const end = indent ? `\n${level}` : '';
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x) => nl + toGoJson(x, escapeHtml, indent, level + indent)).join(',')}${end}]`;
  }
  if (!isMap(v)) return 'null';
  const keys = Object.keys(v).sort();
  if (keys.length === 0) return '{}';
  return `{${keys.map((k) => `${nl}${toGoJson(k, escapeHtml)}${sep}${toGoJson(v[k] ?? null, escapeHtml, indent, level + indent)}`).join(',')}${end}}`;
}

/** encoding/json float64 text: shortest digits, exponent form below 1e-6 or from 1e21. */
function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) return 'null';
  const a = Math.abs(f);
  if (a !== 0 && (a < 1e-6 || a >= 1e21)) {
    return f.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return formatFloatF(f);
}
