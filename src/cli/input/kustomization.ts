import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { lineStarts, offsetToLineCol } from '../../lib/textPosition';
import { finding, type Finding } from '../report/finding';
import { decodeText, readFileBounded } from './readBounded';

const NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const KUSTOMIZATION_BYTES = 1024 * 1024;

/** The kustomization file of a folder, if it has one (the names kustomize accepts). */
export function kustomizationIn(dir: string): string | null {
  for (const n of NAMES) if (existsSync(join(dir, n))) return join(dir, n);
  return null;
}

export interface KustomizationResources {
  /** Local resources in the listed order, with where each is listed; null without a usable list. */
  resources: { path: string; line: number; col: number }[] | null;
  /** Remarks located in the kustomization file (file left empty: the caller names it). */
  notes: Finding[];
}

/**
 * Reads `resources:` of a kustomization. Remote resources (URLs, `github.com/…?ref=`) are named and
 * passed by: the design is what is on disk.
 */
export function readKustomization(path: string): KustomizationResources {
  const notes: Finding[] = [];
  const read = readFileBounded(path, KUSTOMIZATION_BYTES);
  const text = read.ok ? decodeText(read.bytes) : read;
  if (!text.ok) {
    notes.push(
      finding('warning', text.problem.code, `${text.problem.message}; every file was read`),
    );
    return { resources: null, notes };
  }
  const doc = parseDocument(text.text, { uniqueKeys: false });
  const starts = lineStarts(text.text);
  const list = isMap(doc.contents) ? doc.contents.get('resources', true) : undefined;
  if (doc.errors.length || !isSeq(list)) {
    const at = offsetToLineCol(starts, doc.errors[0]?.pos[0] ?? 0);
    notes.push(
      finding(
        'warning',
        'input.kustomization-unreadable',
        doc.errors.length
          ? `this kustomization does not parse (${doc.errors[0]!.message.split('\n')[0]}); every file was read`
          : 'this kustomization has no resources list; every file was read',
        null,
        at.line,
        at.col,
      ),
    );
    return { resources: null, notes };
  }
  const resources: { path: string; line: number; col: number }[] = [];
  for (const item of list.items) {
    const at = offsetToLineCol(starts, (isNode(item) ? item.range?.[0] : undefined) ?? 0);
    const value = isScalar(item) ? String(item.value) : null;
    if (value === null) continue;
    if (/^[a-z][\w+.-]*:\/\/|^(github|gitlab|bitbucket)\.(com|org)\/|\?ref=/i.test(value)) {
      notes.push(
        finding(
          'info',
          'input.kustomization-remote',
          `remote resource ${JSON.stringify(value)} is not fetched; only files on disk are checked`,
          null,
          at.line,
          at.col,
        ),
      );
      continue;
    }
    resources.push({ path: value, ...at });
  }
  return { resources, notes };
}
