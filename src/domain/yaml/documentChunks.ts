import { parseAllDocuments, type Document } from 'yaml';

export interface DocumentChunk {
  /** Where the chunk starts in the file text. */
  offset: number;
  text: string;
}

const MARKER = /^---(?=[ \t\r\n]|$)/gm;

/**
 * Splits a multi-document file at its `---` lines, one chunk per document, so each document can be
 * parsed (and cached) on its own. Returns null when that would not be equivalent to parsing the
 * whole file: directives (`%YAML`, `%TAG`) and `...` end markers change how documents begin.
 * Comment-only text before the first marker belongs to the first document, as the parser reads it.
 */
export function splitDocumentChunks(text: string): DocumentChunk[] | null {
  if (/^(%|\.\.\.(?=[ \t\r\n]|$))/m.test(text)) return null;
  const starts = [0];
  for (const m of text.matchAll(MARKER)) if (m.index !== 0) starts.push(m.index);
  const chunks = starts.map((offset, i) => ({
    offset,
    text: text.slice(offset, starts[i + 1] ?? text.length),
  }));
  if (chunks.length > 1 && /^(\s*(#.*)?\n)*\s*(#.*)?$/.test(chunks[0]!.text)) {
    const [lead, next] = chunks;
    chunks.splice(0, 2, { offset: 0, text: lead!.text + next!.text });
  }
  return chunks;
}

const MAX_CACHED_CHARS = 8_000_000;
const cache = new Map<string, Document.Parsed[]>();
let cachedChars = 0;

/**
 * Parses one chunk, reusing the AST of identical text parsed before (ASTs are only read, never
 * changed). A least-recently-used bound keeps memory flat while a big design is edited.
 */
export function parseChunk(
  chunk: string,
  options: Parameters<typeof parseAllDocuments>[1],
): Document.Parsed[] {
  const hit = cache.get(chunk);
  if (hit) {
    cache.delete(chunk);
    cache.set(chunk, hit);
    return hit;
  }
  // yaml 2 returns a list of documents (an empty stream is an empty list).
  const docs: Document.Parsed[] = parseAllDocuments(chunk, options);
  cache.set(chunk, docs);
  cachedChars += chunk.length;
  for (const [key] of cache) {
    if (cachedChars <= MAX_CACHED_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  return docs;
}
