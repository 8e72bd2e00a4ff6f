import type { ManifestEntry } from '../design/design';
import type { ParsedFile } from '../yaml/parseManifests';
import type { Diagnostic } from './diagnostic';

/** Structural check of one Argo Events resource against schema.json. Stub: replaced by the precompiled validators. */
export function schemaCheck(entry: ManifestEntry, file: ParsedFile): Diagnostic[] {
  void entry;
  void file;
  return [];
}
