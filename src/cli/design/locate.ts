import type { ManifestEntry, ParsedDesignFile } from '../../domain/design/design';
import { rangeOfPath } from '../../domain/yaml/sourceRanges';
import { isPlainObject } from '../../lib/deepEqual';

export interface Location {
  file: string;
  line: number;
  col: number;
}

/** Where a sensor's trigger is written (its template name), else the sensor, else nowhere. */
export function locateTrigger(
  files: readonly ParsedDesignFile[],
  entries: readonly ManifestEntry[],
  sensor: string,
  trigger: string,
): Location | null {
  const m = entries.find((e) => e.kind === 'Sensor' && e.name === sensor);
  if (!m) return null;
  const spec = isPlainObject(m.value.spec) ? m.value.spec : {};
  const triggers = Array.isArray(spec.triggers) ? spec.triggers : [];
  const i = triggers.findIndex(
    (t) => isPlainObject(t) && isPlainObject(t.template) && t.template.name === trigger,
  );
  const path = i === -1 ? ['metadata', 'name'] : ['spec', 'triggers', i, 'template', 'name'];
  const r = rangeOfPath(files[m.fileIndex]!.parsed, m.doc, path);
  return { file: m.file, line: r.line, col: r.col };
}
