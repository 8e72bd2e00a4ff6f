import { isPlainObject } from '../../lib/deepEqual';
import { parseManifests, type ParsedFile } from '../yaml/parseManifests';
import { patchDocument, detectStyle, documentPatch, spliceDocuments } from '../yaml/patchDocument';
import type { TextEdit } from '../yaml/textEdits';
import { renderBlock } from '../yaml/renderYaml';
import type { DesignFile } from '../design/design';

/** Where a document lives in a design. */
export interface DocAddress {
  fileIndex: number;
  documentIndex: number;
}

/**
 * Replaces one document's value, splicing only the changed fields into the text (comments, order and
 * formatting elsewhere stay). Returns the same array when nothing changed.
 */
export function updateDocument(
  files: readonly DesignFile[],
  at: DocAddress,
  update: (value: Record<string, unknown>) => Record<string, unknown>,
): DesignFile[] {
  const file = files[at.fileIndex];
  if (!file) return [...files];
  const parsed = parseManifests(file.text);
  const doc = parsed.documents[at.documentIndex];
  if (!doc || !isPlainObject(doc.value)) return [...files];
  const next = update(structuredCopy(doc.value));
  return withFileText(files, at.fileIndex, patchDocument(parsed, at.documentIndex, next));
}

/** The design with one file's text replaced: the very same array when the text is the same. */
export function withFileText(
  files: readonly DesignFile[],
  fileIndex: number,
  text: string,
): DesignFile[] {
  // Cast: the very array given back (callers compare by identity); it is never mutated.
  if (files[fileIndex]?.text === text) return files as DesignFile[];
  return files.map((f, i) => (i === fileIndex ? { ...f, text } : f));
}

/** Appends a document to a file (the first file when none is given), keeping the file's indentation style. */
export function appendDocument(
  files: readonly DesignFile[],
  value: Record<string, unknown>,
  fileIndex = 0,
): DesignFile[] {
  if (files.length === 0)
    return [{ path: 'design.yaml', text: `${renderBlock(value, 0, { indentSeq: true })}\n` }];
  return files.map((f, i) => {
    if (i !== fileIndex) return f;
    const style = detectStyle(f.text);
    const body = `${renderBlock(value, 0, style)}\n`;
    if (f.text.trim() === '') return { ...f, text: body };
    const sep = f.text.endsWith('\n') ? '' : '\n';
    return { ...f, text: `${f.text}${sep}---\n${body}` };
  });
}

/** Removes a document (with its `---` marker and any comment lines that belong to it). */
export function removeDocument(files: readonly DesignFile[], at: DocAddress): DesignFile[] {
  const file = files[at.fileIndex];
  if (!file) return [...files];
  const parsed = parseManifests(file.text);
  const doc = parsed.documents[at.documentIndex];
  if (!doc) return [...files];
  const [start, end] = doc.range;
  let text: string;
  if (at.documentIndex === 0) {
    const next = parsed.documents[1];
    // Drop the next document's `---` so the file does not start with an empty document.
    text = next ? file.text.slice(next.range[0]).replace(/^---[ \t]*\n/, '') : '';
  } else {
    text = file.text.slice(0, start) + file.text.slice(end);
  }
  return files.map((f, i) => (i === at.fileIndex ? { ...f, text } : f));
}

/** A deep copy of plain JSON (the parser's values), so updaters may mutate freely. */
export function structuredCopy<T>(v: T): T {
  // JSON.parse is typed `any`; the round trip gives back the same plain-JSON shape.
  return JSON.parse(JSON.stringify(v));
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let n = 2; ; n++) if (!set.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Several documents changed as one edit (a rename that every reference follows): each file is
 * parsed once, updaters run at once on copies (so they can inspect what they find), and `files()`
 * patches every changed document of a file in one pass. Editing documents one at a time re-parsed
 * the design per reference, which made renaming a source used by 2,500 Sensors take minutes.
 */
export class DocumentBatch {
  private readonly parsed = new Map<number, ParsedFile>();
  private readonly values = new Map<string, { at: DocAddress; value: Record<string, unknown> }>();

  constructor(private readonly original: readonly DesignFile[]) {}

  /** Runs `update` on the document's current value (a copy); false when there is no such mapping. */
  update(at: DocAddress, update: (value: Record<string, unknown>) => void): boolean {
    const key = `${at.fileIndex}:${at.documentIndex}`;
    let entry = this.values.get(key);
    if (!entry) {
      const doc = this.parse(at.fileIndex)?.documents[at.documentIndex];
      if (!doc || !isPlainObject(doc.value)) return false;
      entry = { at, value: structuredCopy(doc.value) };
      this.values.set(key, entry);
    }
    update(entry.value);
    return true;
  }

  /** The design with every changed document patched; the same array when nothing changed. */
  files(): DesignFile[] {
    const edits = new Map<number, TextEdit[]>();
    for (const { at, value } of this.values.values()) {
      const edit = documentPatch(this.parse(at.fileIndex)!, at.documentIndex, value);
      if (edit) edits.set(at.fileIndex, [...(edits.get(at.fileIndex) ?? []), edit]);
    }
    // Cast: the very array given back (callers compare by identity); it is never mutated.
    if (edits.size === 0) return this.original as DesignFile[];
    return this.original.map((f, i) => {
      const list = edits.get(i);
      return list ? { ...f, text: spliceDocuments(f.text, list) } : f;
    });
  }

  private parse(fileIndex: number): ParsedFile | undefined {
    const file = this.original[fileIndex];
    if (!file) return undefined;
    let p = this.parsed.get(fileIndex);
    if (!p) {
      p = parseManifests(file.text);
      this.parsed.set(fileIndex, p);
    }
    return p;
  }
}
