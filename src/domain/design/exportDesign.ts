import { deepEqual } from '../../lib/deepEqual';
import type { RebuiltManifest } from '../graph/graphToManifests';
import { patchDocument } from '../yaml/patchDocument';
import type { DesignFile, ParsedDesignFile } from './design';

/**
 * Writes rebuilt manifests back into their files. Only documents whose value changed are touched,
 * and only the changed fields' text (see `patchDocument`); everything else, non-Argo documents
 * included, stays byte for byte.
 */
export function exportDesign(
  files: readonly ParsedDesignFile[],
  rebuilt: readonly RebuiltManifest[],
): DesignFile[] {
  return files.map((f, fileIndex) => {
    const mine = rebuilt
      .filter((r) => r.fileIndex === fileIndex)
      .sort((a, b) => b.documentIndex - a.documentIndex);
    let text = f.parsed.text;
    // Last document first: edits inside document k never move the offsets of documents before it,
    // so the one parse stays valid for every patch.
    for (const r of mine) {
      const doc = f.parsed.documents[r.documentIndex];
      if (!doc || deepEqual(doc.value, r.value)) continue;
      text = patchDocument({ ...f.parsed, text }, r.documentIndex, r.value);
    }
    return { path: f.path, text };
  });
}
