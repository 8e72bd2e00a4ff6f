import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { DesignFile } from '../design/design';

/** Limits on opening a zip: what its directory declares is checked before anything is inflated. */
const MAX_ZIP_ENTRIES = 500;
const MAX_ZIP_BYTES = 20_000_000;

/** A zip of the files with a fixed timestamp, so the same design gives the same bytes. */
export function zipFiles(files: readonly DesignFile[]): Uint8Array {
  // By path: null-prototype, so a file named `__proto__` is a file.
  const entries = Object.create(null) as Record<string, [Uint8Array, { mtime: Date }]>;
  for (const f of files)
    entries[f.path] = [strToU8(f.text), { mtime: new Date('2026-01-01T00:00:00Z') }];
  return zipSync(entries, { level: 6 });
}

/** The YAML/JSON files of a zip, or why it cannot be opened (too many entries, too big, damaged). */
export function unzipFiles(
  bytes: Uint8Array,
): { ok: true; files: DesignFile[] } | { ok: false; message: string } {
  let declared = 0;
  let count = 0;
  let tooBig: string | null = null;
  try {
    const out = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(ya?ml|json)$/i.test(file.name) || file.name.startsWith('__MACOSX/')) return false;
        count++;
        declared += file.originalSize;
        if (count > MAX_ZIP_ENTRIES) tooBig = `it has more than ${MAX_ZIP_ENTRIES} YAML files`;
        else if (declared > MAX_ZIP_BYTES || file.originalSize / Math.max(1, file.size) > 1000)
          tooBig = `it would expand to more than ${MAX_ZIP_BYTES / 1_000_000} MB (a "zip bomb"?)`;
        return tooBig === null;
      },
    });
    if (tooBig) return { ok: false, message: `This zip was not opened: ${tooBig}.` };
    const files: DesignFile[] = [];
    for (const [path, data] of Object.entries(out).sort(([a], [b]) => a.localeCompare(b))) {
      if (data.length > MAX_ZIP_BYTES)
        return { ok: false, message: `This zip was not opened: ${path} is too large.` };
      files.push({ path, text: strFromU8(data) });
    }
    return { ok: true, files };
  } catch (e) {
    return {
      ok: false,
      message: `This zip could not be read: ${e instanceof Error ? e.message : String(e)}.`,
    };
  }
}
