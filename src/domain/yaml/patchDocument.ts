import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { deepEqual, isPlainObject } from '../../lib/deepEqual';
import type { ParsedDocument, ParsedFile } from './parseManifests';
import {
  renderBlock,
  renderFlow,
  renderInline,
  renderItemBody,
  renderKey,
  renderPairTail,
  type YamlStyle,
} from './renderYaml';
import { alignSequences } from './alignSequences';
import {
  applyEdits,
  blockScalarSafe,
  columnOf,
  lineEndOf,
  lineStartOf,
  startsLine,
  trimEnd,
  type TextEdit,
} from './textEdits';

/** Where a node sits, which decides how its text may be replaced. */
type Place =
  | { kind: 'root' }
  | { kind: 'pair'; pair: Pair<Node, Node | null> }
  | { kind: 'item' }
  | { kind: 'flow' };

interface Ctx {
  text: string;
  style: YamlStyle;
  edits: TextEdit[];
}

type Range3 = [number, number, number];

function rangeOf(node: unknown): Range3 | null {
  return isNode(node) && Array.isArray(node.range) ? node.range : null;
}

/**
 * Rewrites one document of a file so that it holds `next`, touching only the text of what
 * changed: comments, key order, quoting and anchors elsewhere stay byte for byte. Returns the
 * new text of the whole file. A document that did not parse is replaced as a whole.
 */
export function patchDocument(file: ParsedFile, index: number, next: unknown): string {
  const edit = documentPatch(file, index, next);
  return edit ? spliceDocuments(file.text, [edit]) : file.text;
}

/** Applies whole-document replacements from `documentPatch` (they never overlap). */
export function spliceDocuments(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The same rewrite as one replacement of the file's text (null when nothing changes), so that
 * several documents of one file can be patched together: their replacements never overlap.
 */
export function documentPatch(file: ParsedFile, index: number, next: unknown): TextEdit | null {
  const doc = file.documents[index];
  if (!doc || deepEqual(doc.value, next)) return null;
  // AST ranges count from the start of the text the document was parsed from (see ParsedDocument).
  const ctx: Ctx = { text: doc.astText, style: styleOf(file), edits: [] };
  if (!doc.ast || doc.problems.length > 0 || !doc.ast.contents) {
    return wholeDocumentEdit(file, doc, next, ctx.style);
  }
  diff(ctx, doc.value, next, doc.ast.contents, { kind: 'root' }, true);
  return {
    start: doc.astOffset,
    end: doc.astOffset + doc.astText.length,
    text: applyEdits(doc.astText, ctx.edits),
  };
}

/**
 * The same rewrite as {@link documentPatch} for an edit of one place in a document: `update` gets
 * the value found at the deepest part of `path` the document has (the whole path when it exists)
 * and the rest of the path, and returns what that value becomes. Only that part is compared with
 * the text, so setting a field costs what the field holds, not what the document holds (one field
 * of an 80,000-key mapping was compared key by key, and every level of the path compared the whole
 * mapping again). `undefined` when the path runs through something it cannot follow (an alias, a
 * merge key, a duplicate key, a document that did not parse): then diff the whole document.
 */
export function placePatch(
  file: ParsedFile,
  index: number,
  path: readonly (string | number)[],
  update: (found: unknown, rest: readonly (string | number)[]) => unknown,
  /** Stop at the parent of the last segment (a removal edits the mapping that holds it). */
  stopAtParent = false,
): TextEdit | null | undefined {
  const doc = file.documents[index];
  if (!doc?.ast?.contents || doc.problems.length > 0) return undefined;
  let value: unknown = doc.value;
  let node: Node = doc.ast.contents;
  let place: Place = { kind: 'root' };
  let depth = 0;
  const end = stopAtParent ? path.length - 1 : path.length;
  for (; depth < end; depth++) {
    const child = childOf(doc.astText, value, node, path[depth]!);
    if (!child) break;
    ({ value, node, place } = child);
  }
  const next = update(value, path.slice(depth));
  if (depth === 0 && !isPlainObject(next)) return undefined;
  const ctx: Ctx = { text: doc.astText, style: styleOf(file), edits: [] };
  diff(ctx, value, next, node, place);
  if (ctx.edits.length === 0) return null;
  return {
    start: doc.astOffset,
    end: doc.astOffset + doc.astText.length,
    text: applyEdits(doc.astText, ctx.edits),
  };
}

/**
 * One step down a value and its AST together, where both plainly hold `key` and a whole diff would
 * edit the container item by item too (so the edit is the one it would make).
 */
function childOf(
  text: string,
  value: unknown,
  node: Node,
  key: string | number,
): { value: unknown; node: Node; place: Place } | null {
  if (isPlainObject(value) && isMap(node) && typeof key === 'string') {
    if (!Object.hasOwn(value, key)) return null;
    // Only a mapping diffMap would edit pair by pair: plain keys, no merge key, the key once (a
    // document with repeated keys has no value to edit).
    let found: Pair<Node, Node | null> | null = null;
    for (const item of pairsOf(node)) {
      const k = keyOf(item);
      if (k === null || k === '<<' || !rangeOf(item.key) || (k === key && found)) return null;
      if (k === key) found = item;
    }
    if (!found?.value || isAlias(found.value)) return null;
    return {
      value: value[key],
      node: found.value,
      place: node.flow ? { kind: 'flow' } : { kind: 'pair', pair: found },
    };
  }
  if (Array.isArray(value) && isSeq(node) && typeof key === 'number') {
    const items = itemsOf(node);
    const item = items[key];
    if (!item || isAlias(item) || value.length !== items.length) return null;
    if (items.some((it) => !rangeOf(it) || (!node.flow && dashOf(text, it!) === null))) return null;
    return {
      value: value[key],
      node: item,
      place: node.flow ? { kind: 'flow' } : { kind: 'item' },
    };
  }
  return null;
}

function wholeDocumentEdit(
  file: ParsedFile,
  doc: ParsedDocument,
  next: unknown,
  style: YamlStyle,
): TextEdit {
  const body = renderBlock(next, 0, style) + '\n';
  const start = doc.index === 0 ? 0 : doc.range[0];
  const head = doc.index === 0 ? '' : '---\n';
  return { start, end: doc.range[1], text: head + body };
}

const styles = new WeakMap<ParsedFile, YamlStyle>();
/** The file's style, found once per parsed file (finding it reads the whole text). */
function styleOf(file: ParsedFile): YamlStyle {
  let style = styles.get(file);
  if (!style) {
    style = detectStyle(file.text);
    styles.set(file, style);
  }
  return style;
}

/** Most files use one sequence style throughout; follow the first block sequence under a key. */
export function detectStyle(text: string): YamlStyle {
  // From each line that starts an item back to the line before it: one pattern over the whole
  // text tried a key at every line, a cost that showed in each edit of a big file.
  const item = /\n( *)- /g;
  for (let m = item.exec(text); m; m = item.exec(text)) {
    const before = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    const key = /^( *)[^\s#-][^\n]*:[ \t]*(?:#[^\n]*)?$/.exec(before);
    if (key) return { indentSeq: (m[1]?.length ?? 0) > (key[1]?.length ?? 0) };
  }
  return { indentSeq: true };
}

/** `changed`: the caller already knows prev and next differ (comparing again at every level of a deep edit doubled its cost). */
function diff(
  ctx: Ctx,
  prev: unknown,
  next: unknown,
  node: Node,
  place: Place,
  changed = false,
): void {
  if (!changed && deepEqual(prev, next)) return;
  if (
    isPlainObject(prev) &&
    isPlainObject(next) &&
    isMap(node) &&
    node.items.length > 0 &&
    Object.keys(next).length > 0
  ) {
    if (diffMap(ctx, prev, next, node)) return;
  } else if (
    Array.isArray(prev) &&
    Array.isArray(next) &&
    isSeq(node) &&
    node.items.length > 0 &&
    next.length > 0
  ) {
    if (diffSeq(ctx, prev, next, node)) return;
  }
  replace(ctx, node, next, place);
}

function replace(ctx: Ctx, node: Node | null, next: unknown, place: Place): void {
  const { text, style } = ctx;
  const r = rangeOf(node);
  const scalar = isScalar(node) ? node : null;
  const blockScalar = scalar?.type === 'BLOCK_LITERAL' || scalar?.type === 'BLOCK_FOLDED';
  if (place.kind === 'flow') {
    // Only quoted styles carry over: a plain scalar in flow context has its own escaping rules.
    const quoted = scalar?.type === 'QUOTE_DOUBLE' || scalar?.type === 'QUOTE_SINGLE';
    const text =
      (quoted && typeof next === 'string' && renderInline(next, scalar)) || renderFlow(next);
    if (r) ctx.edits.push({ start: r[0], end: r[1], text });
    return;
  }
  // An empty scalar (`key:` with nothing after it) has no text to replace in place.
  if (r && scalar && !blockScalar && r[1] > r[0]) {
    const inline = renderInline(next, scalar);
    if (inline !== null) {
      ctx.edits.push({ start: r[0], end: r[1], text: inline });
      return;
    }
  }
  if (place.kind === 'pair') {
    const key = place.pair.key;
    const kr = rangeOf(key);
    if (!kr) return;
    const keyCol = columnOf(text, kr[0]);
    const end = r ? Math.max(trimEnd(text, r[1]), kr[1]) : kr[1];
    const old = scalar && !blockScalar ? scalar : null;
    const local = { ...style, blockQuote: blockScalarSafe(text, end, keyCol) };
    // The tail brings its own colon: the source's colon lies inside the replaced range.
    ctx.edits.push({ start: kr[1], end, text: renderPairTail(next, keyCol, local, old) });
    return;
  }
  if (!r) return;
  if (place.kind === 'item') {
    const col = columnOf(text, r[0]);
    const end = trimEnd(text, r[1]);
    const local = { ...style, blockQuote: blockScalarSafe(text, end, col - 2) };
    ctx.edits.push({ start: r[0], end, text: renderItemBody(next, col, local) });
    return;
  }
  const end = trimEnd(text, r[1]);
  ctx.edits.push({
    start: r[0],
    end,
    text: renderBlock(next, 0, { ...style, blockQuote: blockScalarSafe(text, end, 0) }),
  });
}

// Casts: a parsed document's collections hold nodes; yaml types their items as unknown.
const pairsOf = (map: YAMLMap): Pair<Node, Node | null>[] => map.items as Pair<Node, Node | null>[];
const itemsOf = (seq: YAMLSeq): (Node | null)[] => seq.items as (Node | null)[];

function keyOf(pair: Pair<unknown, unknown>): string | null {
  if (!isScalar(pair.key)) return null;
  const v = pair.key.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : null;
}

/** Returns false when the map is too unusual to edit pair by pair (then the caller replaces it). */
function diffMap(
  ctx: Ctx,
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
  map: YAMLMap,
): boolean {
  const pairs = new Map<string, Pair<Node, Node | null>>();
  for (const item of pairsOf(map)) {
    const k = keyOf(item);
    if (k === null || k === '<<' || pairs.has(k) || !rangeOf(item.key)) return false;
    pairs.set(k, item);
  }
  if (pairs.size !== Object.keys(prev).length) return false;
  const { text } = ctx;
  if (map.flow) {
    const sameKeys =
      Object.keys(next).length === pairs.size && Object.keys(next).every((k) => pairs.has(k));
    if (!sameKeys) return false;
  } else {
    for (const [k, pair] of pairs) {
      if (!(k in next) && !startsLine(text, rangeOf(pair.key)![0])) return false;
    }
  }
  const renamed = renamedKeys(prev, next);
  // Only a rename reorders the pairs; a copy of 80,000 of them per edit was garbage for nothing.
  const kept = renamed.size ? new Map(pairs) : pairs;
  for (const [k, pair] of pairs) {
    const to = renamed.get(k);
    if (to !== undefined) {
      // Renamed in place: only the key's text changes, so comments in and around the entry stay.
      const kr = rangeOf(pair.key)!;
      ctx.edits.push({ start: kr[0], end: kr[1], text: renderKey(to) });
      kept.delete(k);
      kept.set(to, pair);
    }
    const name = to ?? k;
    if (!(name in next)) ctx.edits.push(deleteLines(text, rangeOf(pair.key)![0], endOfPair(pair)));
    else if (!deepEqual(prev[k], next[name])) {
      if (pair.value === null || isAlias(pair.value))
        replace(ctx, pair.value, next[name], map.flow ? { kind: 'flow' } : { kind: 'pair', pair });
      else
        diff(
          ctx,
          prev[k],
          next[name],
          pair.value,
          map.flow ? { kind: 'flow' } : { kind: 'pair', pair },
          true,
        );
    }
  }
  insertPairs(ctx, renamed.size ? new Map([...kept].sort(byOrder(next))) : pairs, next);
  return true;
}

/**
 * Keys renamed in place: where the old and new key lists have the same length and differ at one
 * position by a key that is gone and a key that is new (a rename from the inspector keeps the
 * entry's place and value).
 */
function renamedKeys(
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
): Map<string, string> {
  const out = new Map<string, string>();
  const a = Object.keys(prev);
  const b = Object.keys(next);
  if (a.length !== b.length) return out;
  a.forEach((k, i) => {
    const to = b[i]!;
    if (k !== to && !Object.hasOwn(next, k) && !Object.hasOwn(prev, to)) out.set(k, to);
  });
  return out;
}

/** Orders pairs as their keys come in `next` (insertPairs anchors new keys on the kept ones). */
function byOrder(next: Record<string, unknown>) {
  const at = new Map(Object.keys(next).map((k, i) => [k, i]));
  return (x: [string, unknown], y: [string, unknown]) => (at.get(x[0]) ?? 0) - (at.get(y[0]) ?? 0);
}

function endOfPair(pair: Pair<Node, Node | null>): number {
  return (rangeOf(pair.value) ?? rangeOf(pair.key)!)[1];
}

function deleteLines(text: string, start: number, end: number): TextEdit {
  const lineEnd = lineEndOf(text, trimEnd(text, end));
  return { start: lineStartOf(text, start), end: Math.min(lineEnd + 1, text.length), text: '' };
}

function insertPairs(
  ctx: Ctx,
  pairs: Map<string, Pair<Node, Node | null>>,
  next: Record<string, unknown>,
): void {
  const { text, style } = ctx;
  const first = [...pairs.values()][0]!;
  const firstStart = rangeOf(first.key)![0];
  const col = columnOf(text, firstStart);
  const canLead = startsLine(text, firstStart);
  const pending: string[] = [];
  let anchor: Pair<Node, Node | null> | null = null;
  const flush = (): void => {
    if (pending.length === 0) return;
    const render = (local: YamlStyle): string =>
      pending
        .map((k) => ' '.repeat(col) + renderKey(k) + renderPairTail(next[k], col, local))
        .join('\n');
    if (anchor || !canLead) {
      const after =
        anchor ??
        [...pairs.values()].filter((p) => p.key && (keyOf(p) ?? '') in next).pop() ??
        first;
      const at = lineEndOf(text, trimEnd(text, endOfPair(after)));
      const lines = render({ ...style, blockQuote: blockScalarSafe(text, at, col) });
      ctx.edits.push({ start: at, end: at, text: '\n' + lines });
    } else {
      const at = lineStartOf(text, firstStart);
      ctx.edits.push({ start: at, end: at, text: render({ ...style, blockQuote: false }) + '\n' });
    }
    pending.length = 0;
  };
  for (const k of Object.keys(next)) {
    const existing = pairs.get(k);
    if (existing) {
      flush();
      anchor = existing;
    } else pending.push(k);
  }
  flush();
}

/** Where the `- ` of a block sequence's item is, when it stands on the item's line. */
function dashOf(text: string, node: Node): number | null {
  const start = rangeOf(node)![0];
  const ls = lineStartOf(text, start);
  const m = /^( *)- +$/.exec(text.slice(ls, start));
  return m ? ls + (m[1]?.length ?? 0) : null;
}

function diffSeq(ctx: Ctx, prev: unknown[], next: unknown[], seq: YAMLSeq): boolean {
  const items = itemsOf(seq);
  if (items.length !== prev.length || items.some((it) => !rangeOf(it))) return false;
  if (seq.flow) {
    if (prev.length !== next.length) return false;
    prev.forEach((p, i) => diff(ctx, p, next[i], items[i]!, { kind: 'flow' }));
    return true;
  }
  const { text, style } = ctx;
  const dashes = items.map((it) => dashOf(text, it!));
  if (dashes.some((d) => d === null)) return false;
  const dashCol = columnOf(text, dashes[0]!);
  const plan = alignSequences(prev, next);
  let lastOld = -1;
  let pendingInsert: number[] = [];
  const flushInsert = (): void => {
    if (pendingInsert.length === 0) return;
    const render = (local: YamlStyle): string =>
      pendingInsert
        .map((ni) => ' '.repeat(dashCol) + '- ' + renderItemBody(next[ni], dashCol + 2, local))
        .join('\n');
    if (lastOld >= 0) {
      const at = lineEndOf(text, trimEnd(text, rangeOf(items[lastOld]!)![1]));
      ctx.edits.push({
        start: at,
        end: at,
        text: '\n' + render({ ...style, blockQuote: blockScalarSafe(text, at, dashCol) }),
      });
    } else {
      const at = lineStartOf(text, dashes[0]!);
      ctx.edits.push({ start: at, end: at, text: render({ ...style, blockQuote: false }) + '\n' });
    }
    pendingInsert = [];
  };
  for (const step of plan) {
    if (step.op === 'insert') {
      pendingInsert.push(step.next);
      continue;
    }
    flushInsert();
    const item = items[step.prev]!;
    if (step.op === 'delete')
      ctx.edits.push(deleteLines(text, dashes[step.prev]!, rangeOf(item)![1]));
    else if (step.op === 'update')
      diff(ctx, prev[step.prev], next[step.next], item, { kind: 'item' });
    lastOld = step.prev;
  }
  flushInsert();
  return true;
}
