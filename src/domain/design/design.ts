import { parseManifests, type ParsedDocument, type ParsedFile } from '../yaml/parseManifests';
import { isJsonObject } from '../manifest/jsonValue';

/** A design is a set of YAML files; their text is the source of truth, everything else is derived. */
export interface DesignFile {
  path: string;
  text: string;
}

export interface ParsedDesignFile {
  path: string;
  parsed: ParsedFile;
}

export type ArgoKind = 'EventBus' | 'EventSource' | 'Sensor';
export const ARGO_KINDS: readonly ArgoKind[] = ['EventBus', 'EventSource', 'Sensor'];
export const ARGO_API_GROUP = 'argoproj.io';

/** True for `EventBus`, `EventSource` and `Sensor`. */
export function isArgoKind(kind: string | null): kind is ArgoKind {
  return ARGO_KINDS.some((k) => k === kind);
}

/** One Argo Events resource found in a design, with where it lives. */
export interface ManifestEntry {
  kind: ArgoKind;
  name: string;
  namespace: string | null;
  fileIndex: number;
  file: string;
  documentIndex: number;
  doc: ParsedDocument;
  /** The document's JSON value (a mapping). */
  value: Record<string, unknown>;
}

export function parseDesign(files: readonly DesignFile[]): ParsedDesignFile[] {
  return files.map((f) => ({ path: f.path, parsed: parseManifests(f.text) }));
}

/** True for documents whose apiVersion is argoproj.io/* and whose kind is one of ours. */
export function isArgoEventsDocument(doc: ParsedDocument): boolean {
  return isArgoKind(doc.kind) && (doc.apiVersion ?? '').startsWith(`${ARGO_API_GROUP}/`);
}

/**
 * Lists the Argo Events resources of a design in file and document order. Files with template
 * syntax (`{{ .Values.x }}`) have none until rendered: what the YAML reader makes of them is not
 * what the cluster would get.
 */
export function listManifests(files: readonly ParsedDesignFile[]): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  files.forEach((f, fileIndex) => {
    if (f.parsed.template) return;
    for (const doc of f.parsed.documents) {
      // A document with a kind is a mapping (parseManifests reads kind only from one).
      const value = doc.value;
      if (!isArgoEventsDocument(doc) || !isArgoKind(doc.kind) || !isJsonObject(value)) continue;
      if (doc.problems.length > 0) continue;
      out.push({
        kind: doc.kind,
        name: doc.name ?? '',
        namespace: doc.namespace,
        fileIndex,
        file: f.path,
        documentIndex: doc.index,
        doc,
        value,
      });
    }
  });
  return out;
}
