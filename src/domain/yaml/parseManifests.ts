import { parseAllDocuments, type Document } from 'yaml';
import { isPlainObject } from '../../lib/deepEqual';
import { lineStarts, offsetToLineCol } from '../../lib/textPosition';
import { checkYamlLimits, MAX_ALIAS_COUNT, MAX_DOCUMENTS } from './yamlLimits';
import { parseChunk, splitDocumentChunks } from './documentChunks';
import { DUPLICATE_KEY_MESSAGE, findDuplicateKeys, type DuplicateKey } from './duplicateKeys';
import { findTemplateSyntax, type TemplateSyntax } from './templateSyntax';

/** A problem found while reading YAML text, located by offset and by 1-based line/column. */
interface YamlProblem {
  code: string;
  message: string;
  offset: number;
  endOffset: number;
  line: number;
  col: number;
}

/** What a document holds, read off its top-level keys. */
interface DocumentHeader {
  apiVersion: string | null;
  kind: string | null;
  name: string | null;
  namespace: string | null;
}

/** One YAML document of a file, with its plain JSON value and the AST that keeps source ranges. */
export interface ParsedDocument extends DocumentHeader {
  index: number;
  /** [start, end) of the document in the file text, from its `---` marker when it has one. */
  range: [number, number];
  /** The document as plain JSON; `undefined` when it could not be read. */
  value: unknown;
  problems: YamlProblem[];
  /** The `yaml` AST; never stored in app state, only used to locate and patch text. */
  ast: Document.Parsed | null;
  /**
   * The text the AST was parsed from and where it starts in the file: documents are parsed one by
   * one (and reused when unchanged), so AST ranges count from `astOffset`.
   */
  astText: string;
  astOffset: number;
}

export interface ParsedFile {
  text: string;
  documents: ParsedDocument[];
  /** Problems that concern the whole file (limits, binary content). */
  problems: YamlProblem[];
  lineStarts: number[];
  /**
   * The file's first Helm/Go template action (`{{ .Values.x }}`), or null. A template is not a
   * manifest yet: its documents are kept for editing but not validated as Argo Events resources.
   */
  template: TemplateSyntax | null;
}

const MAX_MEMO_FILES = 64;
const MAX_MEMO_CHARS = 16_000_000;
const memo = new Map<string, ParsedFile>();
let memoChars = 0;

/**
 * Reads a (multi-document) YAML file. Never throws: every failure becomes a located problem,
 * and documents that parse keep their value even when a sibling document is broken.
 * The result is shared and must not be changed: the same text gives the same object while it is
 * among the recently read files, so an edit that looks up many resources parses each file once.
 */
export function parseManifests(text: string): ParsedFile {
  const hit = memo.get(text);
  if (hit) {
    memo.delete(text);
    memo.set(text, hit);
    return hit;
  }
  const parsed = readManifests(text);
  memo.set(text, parsed);
  memoChars += text.length;
  for (const [key] of memo) {
    if (memoChars <= MAX_MEMO_CHARS && memo.size <= MAX_MEMO_FILES) break;
    memo.delete(key);
    memoChars -= key.length;
  }
  return parsed;
}

function readManifests(text: string): ParsedFile {
  const starts = lineStarts(text);
  const at = (code: string, message: string, offset: number, endOffset = offset): YamlProblem => ({
    code,
    message,
    offset,
    endOffset,
    ...offsetToLineCol(starts, offset),
  });
  const limit = checkYamlLimits(text);
  if (limit) {
    return {
      text,
      documents: [],
      problems: [at(limit.code, limit.message, limit.offset)],
      lineStarts: starts,
      template: null,
    };
  }
  const template = findTemplateSyntax(text);
  const chunked = chunkedParse(text);
  if (chunked) {
    if (chunked.length > MAX_DOCUMENTS) return tooMany(chunked.length);
    return {
      text,
      documents: chunked.map((c, index) =>
        readDocument(
          c.ast,
          index,
          [index === 0 ? 0 : c.offset, chunked[index + 1]?.offset ?? text.length],
          c.text,
          c.offset,
          at,
        ),
      ),
      problems: [],
      lineStarts: starts,
      template,
    };
  }
  let docs: Document.Parsed[];
  try {
    // yaml 2 returns a list of documents (an empty stream is an empty list).
    docs = parseAllDocuments(text, OPTIONS);
  } catch (err) {
    return {
      text,
      documents: [],
      problems: [at('yaml.syntax', errorText(err), 0)],
      lineStarts: starts,
      template,
    };
  }
  if (docs.length > MAX_DOCUMENTS) return tooMany(docs.length);
  const documents = docs.map((ast, index) =>
    readDocument(
      ast,
      index,
      [index === 0 ? 0 : ast.range[0], docs[index + 1]?.range[0] ?? text.length],
      text,
      0,
      at,
    ),
  );
  return { text, documents, problems: [], lineStarts: starts, template };

  function tooMany(count: number): ParsedFile {
    return {
      text,
      documents: [],
      problems: [
        at('yaml.too-many-documents', `${count} documents; the limit is ${MAX_DOCUMENTS}`, 0),
      ],
      lineStarts: starts,
      template: null,
    };
  }
}

/**
 * Repeated keys are found by findDuplicateKeys: the parser's own check is quadratic in a mapping's
 * size. `logLevel: 'error'`: the `yaml` package otherwise prints warnings to the console, such as
 * "Keys with collection values will be stringified" for the `{{ … }}` of an unrendered template.
 */
const OPTIONS = { prettyErrors: false, uniqueKeys: false, logLevel: 'error' } as const;

/**
 * Each document parsed on its own, reusing unchanged ones: an edit re-parses one document, not the
 * file. Null when the file must be read as a whole (see splitDocumentChunks) or a chunk has an
 * error, so error messages and positions are exactly the parser's.
 */
function chunkedParse(
  text: string,
): { ast: Document.Parsed; offset: number; text: string }[] | null {
  const chunks = splitDocumentChunks(text);
  if (!chunks) return null;
  const out: { ast: Document.Parsed; offset: number; text: string }[] = [];
  for (const c of chunks) {
    let docs: Document.Parsed[];
    try {
      docs = parseChunk(c.text, OPTIONS);
    } catch {
      return null;
    }
    const ast = docs[0];
    if (docs.length !== 1 || !ast || ast.errors.length > 0) return null;
    out.push({ ast, offset: c.offset, text: c.text });
  }
  return out;
}

type At = (code: string, message: string, offset: number, endOffset?: number) => YamlProblem;

function readDocument(
  ast: Document.Parsed,
  index: number,
  range: [number, number],
  astText: string,
  astOffset: number,
  at: At,
): ParsedDocument {
  const problems: YamlProblem[] = [];
  for (const e of ast.errors) {
    problems.push(
      at('yaml.syntax', firstLine(e.message), astOffset + e.pos[0], astOffset + e.pos[1]),
    );
  }
  let value: unknown;
  if (problems.length === 0) {
    const facts = factsOf(ast);
    for (const [start, end] of facts.duplicateKeys)
      problems.push(at('yaml.syntax', DUPLICATE_KEY_MESSAGE, astOffset + start, astOffset + end));
    if (facts.readError !== null && problems.length === 0) {
      const bomb = /alias/i.test(facts.readError);
      problems.push(
        at(
          bomb ? 'yaml.alias-limit' : 'yaml.syntax',
          bomb
            ? `aliases expand too much (limit ${MAX_ALIAS_COUNT}); is this a "billion laughs" file?`
            : facts.readError,
          astOffset + ast.range[0],
        ),
      );
    } else if (problems.length === 0) value = facts.value;
  }
  const header = readHeader(value);
  if (value !== undefined && value !== null && !isPlainObject(value)) {
    problems.push(
      at(
        'yaml.not-a-mapping',
        'document is not a mapping (key: value pairs)',
        astOffset + ast.range[0],
      ),
    );
  }
  return { index, range, value, problems, ast, astText, astOffset, ...header };
}

/** What an error-free AST holds, in offsets relative to its own text (the AST may be reused elsewhere). */
interface AstFacts {
  duplicateKeys: DuplicateKey[];
  value: unknown;
  readError: string | null;
}

// An unchanged document's AST is reused (see parseChunk), and so is what was read off it.
const facts = new WeakMap<Document.Parsed, AstFacts>();

function factsOf(ast: Document.Parsed): AstFacts {
  let f = facts.get(ast);
  if (!f) {
    const duplicateKeys = findDuplicateKeys(ast);
    let value: unknown;
    let readError: string | null = null;
    if (duplicateKeys.length === 0) {
      try {
        value = ast.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (err) {
        readError = errorText(err);
      }
    }
    f = { duplicateKeys, value, readError };
    facts.set(ast, f);
  }
  return f;
}

function readHeader(value: unknown): DocumentHeader {
  if (!isPlainObject(value)) return { apiVersion: null, kind: null, name: null, namespace: null };
  const meta = isPlainObject(value.metadata) ? value.metadata : {};
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    apiVersion: str(value.apiVersion),
    kind: str(value.kind),
    name: str(meta.name) ?? str(meta.generateName),
    namespace: str(meta.namespace),
  };
}

function errorText(err: unknown): string {
  if (err instanceof RangeError) return 'nesting too deep to read';
  return firstLine(err instanceof Error ? err.message : String(err));
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).replace(/ at line \d+, column \d+:?$/, '');
}
