import { decodeString, skipWs, stringEnd, valueEnd } from '../json/jsonScan';
import { compactGoJson } from './goHttp';
import { nullRecord } from '../../lib/nullRecord';

/** A parsed JSON value that keeps the raw text of numbers and of every sub-value. */
export type JsonNode =
  | { k: 'object'; entries: [string, JsonNode][]; raw: string }
  | { k: 'array'; items: JsonNode[]; raw: string }
  | { k: 'number'; raw: string }
  | { k: 'string'; value: string; raw: string }
  | { k: 'bool'; value: boolean; raw: string }
  | { k: 'null'; raw: string };

/** Parses JSON text (already known to be valid, e.g. by compactGoJson) into a tree; null if not JSON. */
export function parseJsonTree(text: string): JsonNode | null {
  if (compactGoJson(text) === null) return null;
  const i = skipWs(text, 0);
  return node(text, i, valueEnd(text, i));
}

function node(s: string, start: number, end: number): JsonNode {
  const raw = s.slice(start, end);
  const c = s[start];
  if (c === '{') {
    const entries: [string, JsonNode][] = [];
    let i = skipWs(s, start + 1);
    while (s[i] !== '}') {
      const kEnd = stringEnd(s, i);
      const key = decodeString(s, i, kEnd);
      i = skipWs(s, kEnd);
      i = skipWs(s, i + 1); // ':'
      const vEnd = valueEnd(s, i);
      entries.push([key, node(s, i, vEnd)]);
      i = skipWs(s, vEnd);
      if (s[i] === ',') i = skipWs(s, i + 1);
    }
    return { k: 'object', entries, raw };
  }
  if (c === '[') {
    const items: JsonNode[] = [];
    let i = skipWs(s, start + 1);
    while (s[i] !== ']') {
      const vEnd = valueEnd(s, i);
      items.push(node(s, i, vEnd));
      i = skipWs(s, vEnd);
      if (s[i] === ',') i = skipWs(s, i + 1);
    }
    return { k: 'array', items, raw };
  }
  if (c === '"') return { k: 'string', value: decodeString(s, start, end), raw };
  if (raw === 'true' || raw === 'false') return { k: 'bool', value: raw === 'true', raw };
  if (raw === 'null') return { k: 'null', raw };
  return { k: 'number', raw };
}

/** The node's field, as encoding/json finds struct fields: exact name first, then case-insensitively. */
export function field(n: JsonNode, name: string): JsonNode | undefined {
  if (n.k !== 'object') return undefined;
  let found: JsonNode | undefined;
  for (const [k, v] of n.entries) if (k === name) found = v;
  if (found) return found;
  const lower = name.toLowerCase();
  for (const [k, v] of n.entries) if (k.toLowerCase() === lower) found = v;
  return found;
}

/** JavaScript value of a node (numbers as float64, as Go decodes into interface{}). */
export function plainValue(n: JsonNode): unknown {
  switch (n.k) {
    case 'object': {
      const out: Record<string, unknown> = nullRecord<unknown>();
      for (const [k, v] of n.entries) out[k] = plainValue(v);
      return out;
    }
    case 'array':
      return n.items.map(plainValue);
    case 'number':
      return Number(n.raw);
    case 'string':
    case 'bool':
      return n.value;
    case 'null':
      return null;
  }
}
