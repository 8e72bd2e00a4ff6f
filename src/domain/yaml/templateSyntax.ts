import { Lexer } from 'yaml';
import { splitDocumentChunks } from './documentChunks';

/** Where a file first uses Helm/Go template syntax: `[offset, end)` of the action, and its text. */
export interface TemplateSyntax {
  offset: number;
  end: number;
  snippet: string;
}

/** Tokens the lexer emits that have no source text (document start, scalar and flow-end marks). */
const ZERO_WIDTH = new Set(['\x02', '\x1f', '\x18']);
/**
 * Actions that only a chart renderer understands. Argo Events itself reads Go templates inside
 * strings (`dataTemplate: "{{ .Input.body.x }}"`), Argo Workflows `{{inputs.parameters.x}}`, so
 * inside a string only Helm's own objects and functions mark a template.
 */
const HELM_ACTION =
  /\{\{-?\s*(?:\.(?:Values|Release|Chart|Capabilities|Files|Template)\b|\$\.|(?:include|template|tpl|toYaml|define|required|lookup)\s)/;

/**
 * Finds the first Helm/Go template action of a file, or null. A template is recognised where `{{`
 * stands outside any string (the YAML reader would see two flow mappings, which no manifest writes),
 * or where a string uses a Helm object such as `.Values`. Comments never count. Documents are
 * looked at one by one and unchanged ones are remembered, so an edit re-reads one document.
 */
export function findTemplateSyntax(text: string): TemplateSyntax | null {
  if (!text.includes('{{')) return null;
  for (const chunk of splitDocumentChunks(text) ?? [{ offset: 0, text }]) {
    const hit = inChunk(chunk.text);
    if (hit) return { ...hit, offset: hit.offset + chunk.offset, end: hit.end + chunk.offset };
  }
  return null;
}

const MAX_CACHED_CHARS = 4_000_000;
const cache = new Map<string, TemplateSyntax | null>();
let cachedChars = 0;

function inChunk(text: string): TemplateSyntax | null {
  if (!text.includes('{{')) return null;
  if (cache.has(text)) {
    const hit = cache.get(text) ?? null;
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const found = lex(text);
  cache.set(text, found);
  cachedChars += text.length;
  for (const [key] of cache) {
    if (cachedChars <= MAX_CACHED_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  return found;
}

function lex(text: string): TemplateSyntax | null {
  let offset = 0;
  let previous = '';
  try {
    for (const token of new Lexer().lex(text)) {
      if (ZERO_WIDTH.has(token)) continue;
      if (token === '{' && previous === '{') return at(text, offset - 1);
      if (!token.startsWith('#')) {
        const helm = HELM_ACTION.exec(token);
        if (helm) return at(text, offset + helm.index);
      }
      previous = token;
      offset += token.length;
    }
  } catch {
    // The lexer reads any text; should it ever fail, the file is simply not called a template.
  }
  return null;
}

function at(text: string, offset: number): TemplateSyntax {
  const close = text.indexOf('}}', offset);
  const lineEnd = text.indexOf('\n', offset);
  const end =
    close !== -1 && (lineEnd === -1 || close < lineEnd)
      ? close + 2
      : lineEnd === -1
        ? text.length
        : lineEnd;
  return { offset, end, snippet: text.slice(offset, Math.min(end, offset + 60)) };
}
