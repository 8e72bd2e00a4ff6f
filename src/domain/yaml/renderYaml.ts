import { Document, Scalar, stringify, visit } from 'yaml';
import { isPlainObject } from '../../lib/deepEqual';

/** How the file being edited writes block sequences under a key, so new text matches old text. */
export interface YamlStyle {
  /** `true`: `key:\n  - a` (dash indented under the key); `false`: `key:\n- a`. */
  indentSeq: boolean;
  /**
   * Whether multi-line strings may be written as block scalars (`|-`). Not where a comment line
   * follows that is indented deeper than the edit: it would become part of the scalar.
   */
  blockQuote?: boolean;
}

const BASE = {
  indent: 2,
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
} as const;

/**
 * Stringifies with multi-line strings either as block scalars or as one-line double-quoted
 * strings; plain multi-line scalars (what `yaml` picks when block scalars are off) are never
 * written, because they break inside flow collections.
 */
function stringifyValue(
  value: unknown,
  blockStrings: boolean,
  opts: Record<string, unknown>,
): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\n')) {
        node.type = blockStrings ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return doc.toString({ ...BASE, ...opts }).replace(/\n$/, '');
}

function pad(n: number): string {
  return ' '.repeat(n);
}

/** Renders a value as block YAML with every line indented by `indent`; no trailing newline. */
export function renderBlock(value: unknown, indent: number, style: YamlStyle): string {
  const raw = stringifyValue(value, style.blockQuote ?? true, { indentSeq: style.indentSeq });
  const p = pad(indent);
  return raw
    .split('\n')
    .map((l) => (l ? p + l : l))
    .join('\n');
}

/** Renders a value on one line in flow style (for values inside `[...]` or `{...}`). */
export function renderFlow(value: unknown): string {
  return stringifyValue(value, false, { collectionStyle: 'flow' });
}

function isEmptyCollection(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isPlainObject(v) && Object.keys(v).length === 0);
}

/**
 * Renders a value that fits on one line, keeping the quoting style of the scalar it replaces
 * where that style can hold the new value. Returns null when the value needs block form.
 */
export function renderInline(value: unknown, old?: Scalar | null): string | null {
  if (isEmptyCollection(value)) return Array.isArray(value) ? '[]' : '{}';
  if (typeof value === 'object' && value !== null) return null;
  if (typeof value === 'string') {
    if (value.includes('\n')) return null;
    if (old?.type === 'QUOTE_DOUBLE') return JSON.stringify(value);
    // Control characters need escapes, which only double quotes have.
    // eslint-disable-next-line no-control-regex
    if (old?.type === 'QUOTE_SINGLE' && !/[\x00-\x1f]/.test(value))
      return `'${value.replace(/'/g, "''")}'`;
  }
  const text = stringify(value, BASE).replace(/\n$/, '');
  return text.includes('\n') ? null : text;
}

/** Renders a mapping key as it should appear before the colon. */
export function renderKey(key: string): string {
  return stringify(key, BASE).replace(/\n$/, '');
}

/**
 * A multi-line string as a block scalar: the header (`|-`, `|`, …) and its content lines at
 * `contentIndent`. At document level `yaml` would not indent the content, so render it under a
 * throwaway key and take the key off.
 */
function renderStringBlock(value: string, contentIndent: number): string {
  const raw = stringifyValue({ x: value }, true, {});
  const [head = '', ...lines] = raw.split('\n');
  const p = pad(Math.max(contentIndent - 2, 0));
  return [head.replace(/^x:\s*/, ''), ...lines.map((l) => (l ? p + l : l))].join('\n');
}

/**
 * The text that follows `key` in a block mapping: `: value` on the same line, or a colon and the
 * value on the following lines indented under a key that starts at column `keyCol`.
 */
export function renderPairTail(
  value: unknown,
  keyCol: number,
  style: YamlStyle,
  old?: Scalar | null,
): string {
  const inline = renderInline(value, old);
  if (inline !== null) return `: ${inline}`;
  if (typeof value === 'string' && style.blockQuote === false) return `: ${JSON.stringify(value)}`;
  if (typeof value === 'string') return `: ${renderStringBlock(value, keyCol + 2)}`;
  const childIndent = Array.isArray(value) && !style.indentSeq ? keyCol : keyCol + 2;
  return `:\n${renderBlock(value, childIndent, style)}`;
}

/** The text of a block sequence item after its `- `, the item content starting at column `col`. */
export function renderItemBody(
  value: unknown,
  col: number,
  style: YamlStyle,
  old?: Scalar | null,
): string {
  const inline = renderInline(value, old);
  if (inline !== null) return inline;
  if (typeof value === 'string' && style.blockQuote === false) return JSON.stringify(value);
  if (typeof value === 'string') return renderStringBlock(value, col);
  return renderBlock(value, col, style).slice(col);
}
