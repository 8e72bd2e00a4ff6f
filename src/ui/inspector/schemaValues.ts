import type { FieldShape } from '../../domain/schema/fieldModel';
import { parse, stringify } from 'yaml';

/** The first sentence of a schema description: short enough to sit under a field. */
export function firstSentence(text: string): string {
  const m = /^(.{0,160}?[.!?])(\s|$)/s.exec(text.trim());
  const s = m?.[1] ?? text.trim().slice(0, 160);
  return s.length < text.trim().length && !m ? `${s}…` : s;
}

/**
 * Text typed into a scalar field → the value to store. Empty text removes an optional field; numbers
 * and booleans are parsed; an int-or-string keeps a number as a number, as kubectl would.
 */
export function scalarFromText(
  shape: FieldShape,
  text: string,
  required: boolean,
): { value: unknown } | { error: string } {
  if (text.trim() === '') return { value: required ? '' : undefined };
  switch (shape.kind) {
    case 'integer':
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n) || (shape.kind === 'integer' && !Number.isInteger(n)))
        return { error: `${shape.kind === 'integer' ? 'a whole number' : 'a number'} is expected` };
      return { value: n };
    }
    case 'intOrString':
      return { value: /^-?\d+$/.test(text.trim()) ? Number(text) : text };
    case 'boolean':
      return text === 'true' || text === 'false'
        ? { value: text === 'true' }
        : { error: 'true or false is expected' };
    default:
      return { value: text };
  }
}

export function scalarToText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Lists of scalars are edited as comma-separated text. */
export function listFromText(
  item: FieldShape,
  text: string,
): { value: unknown } | { error: string } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { value: undefined };
  const values: unknown[] = [];
  for (const p of parts) {
    const r = scalarFromText(item, p, true);
    if ('error' in r) return { error: `"${p}": ${r.error}` };
    values.push(r.value);
  }
  return { value: values };
}

/** Maps and free-form values are edited as a YAML snippet. */
export function yamlFromText(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: parse(text, { maxAliasCount: 0 }) as unknown };
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    return {
      error: `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${(err.message ?? 'not valid YAML').split('\n')[0]}`,
    };
  }
}

export function yamlToText(value: unknown): string {
  return value === undefined ? '' : stringify(value).trimEnd();
}

export function isScalarShape(shape: FieldShape): boolean {
  return ['string', 'number', 'integer', 'boolean', 'intOrString', 'enum'].includes(shape.kind);
}
