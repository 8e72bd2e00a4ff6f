import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject, type JsonObject } from '../manifest/jsonValue';
import { findDependency, type DependencyFields } from '../manifest/sensorManifest';
import { parseNodeId } from '../graph/ids';
import { updateDocument } from './documentEdits';
import type { EditResult } from './designEdits';

export interface DataFilterRow {
  path: string;
  type: 'string' | 'number' | 'bool';
  comparator: string;
  values: string[];
}

/** Edits one dependency object of a Sensor. */
function updateDependency(
  files: readonly DesignFile[],
  depId: string,
  fn: (dep: DependencyFields) => void,
): EditResult {
  const d = parseNodeId(depId);
  if (!d || d.kind !== 'dependency') return { ok: false, reason: 'select a dependency' };
  const sensor = listManifests(parseDesign(files)).find(
    (m) => m.kind === 'Sensor' && m.name === d.name && (m.namespace ?? '') === d.namespace,
  );
  if (!sensor) return { ok: false, reason: `no Sensor ${d.name}` };
  let found = false;
  const next = updateDocument(
    files,
    { fileIndex: sensor.fileIndex, documentIndex: sensor.documentIndex },
    (v) => {
      const dep = findDependency(v, d.key);
      if (dep) {
        found = true;
        fn(dep);
      }
      return v;
    },
  );
  return found ? { ok: true, files: next } : { ok: false, reason: `no dependency ${d.key ?? ''}` };
}

/** Replaces the dependency's data filters (and their logical operator); no rows removes them. */
export function setDataFilters(
  files: readonly DesignFile[],
  depId: string,
  rows: readonly DataFilterRow[],
  operator: '' | 'and' | 'or',
): EditResult {
  if (rows.some((r) => r.path.trim() === ''))
    return { ok: false, reason: 'every data filter needs a path' };
  if (rows.some((r) => r.values.length === 0 || r.values.some((v) => v === '')))
    return { ok: false, reason: 'every data filter needs at least one non-empty value' };
  return updateDependency(files, depId, (dep) => {
    const filters: JsonObject = isJsonObject(dep.filters) ? dep.filters : {};
    if (rows.length)
      filters.data = rows.map((r) => ({
        path: r.path,
        type: r.type,
        value: [...r.values],
        ...(r.comparator && r.comparator !== '=' ? { comparator: r.comparator } : {}),
      }));
    else delete filters.data;
    if (operator && rows.length > 1) filters.dataLogicalOperator = operator;
    else delete filters.dataLogicalOperator;
    if (Object.keys(filters).length) dep.filters = filters;
    else delete dep.filters;
  });
}

const DATA_FILTER_TYPES = ['string', 'number', 'bool'] as const;

/** A data filter's `type` as the form offers it; anything else shows as `string`. */
function dataFilterType(type: unknown): DataFilterRow['type'] {
  return DATA_FILTER_TYPES.find((t) => t === String(type)) ?? 'string';
}

/** The dependency's data filters as inspector rows. */
export function readDataFilters(dep: DependencyFields): {
  rows: DataFilterRow[];
  operator: '' | 'and' | 'or';
} {
  const filters = isJsonObject(dep.filters) ? dep.filters : {};
  const rows = (Array.isArray(filters.data) ? filters.data : []).flatMap((f) =>
    isJsonObject(f)
      ? [
          {
            path: String(f.path ?? ''),
            type: dataFilterType(f.type),
            comparator: typeof f.comparator === 'string' ? f.comparator : '=',
            values: Array.isArray(f.value) ? f.value.map(String) : [],
          },
        ]
      : [],
  );
  const op =
    filters.dataLogicalOperator === 'or'
      ? 'or'
      : filters.dataLogicalOperator === 'and'
        ? 'and'
        : '';
  return { rows, operator: op };
}

/**
 * Sets or removes (undefined) filter families of a dependency, e.g. `{ exprs: [...] }` or
 * `{ time: undefined }`; an emptied `filters` goes away rather than staying as `{}`.
 */
export function setDependencyFilters(
  files: readonly DesignFile[],
  depId: string,
  patch: Record<string, unknown>,
): EditResult {
  return updateDependency(files, depId, (dep) => {
    const filters: JsonObject = isJsonObject(dep.filters) ? dep.filters : {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete filters[key];
      else filters[key] = value;
    }
    if (Object.keys(filters).length) dep.filters = filters;
    else delete dep.filters;
  });
}

export interface ExprFilterRow {
  expr: string;
  fields: { name: string; path: string }[];
}

export function readExprFilters(dep: DependencyFields): ExprFilterRow[] {
  const filters = isJsonObject(dep.filters) ? dep.filters : {};
  return (Array.isArray(filters.exprs) ? filters.exprs : []).flatMap((e) =>
    isJsonObject(e)
      ? [
          {
            expr: String(e.expr ?? ''),
            fields: (Array.isArray(e.fields) ? e.fields : []).flatMap((f) =>
              isJsonObject(f) ? [{ name: String(f.name ?? ''), path: String(f.path ?? '') }] : [],
            ),
          },
        ]
      : [],
  );
}

/** `name=path, other=path` ↔ expr filter fields; a missing `=` is an error the form reports. */
export function parseExprFields(
  text: string,
): { fields: { name: string; path: string }[] } | { error: string } {
  const fields: { name: string; path: string }[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) return { error: `"${part}" should be name=path` };
    fields.push({ name: part.slice(0, eq).trim(), path: part.slice(eq + 1).trim() });
  }
  return { fields };
}

export function formatExprFields(fields: readonly { name: string; path: string }[]): string {
  return fields.map((f) => `${f.name}=${f.path}`).join(', ');
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** Time filter bounds are hh:mm:ss in UTC, as the sensor parses them. */
export function checkClockTime(text: string): string | null {
  return text === '' || CLOCK.test(text) ? null : 'use hh:mm:ss (UTC), e.g. 09:00:00';
}
