import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';
import { MAX_IMPORT_FILE_BYTES, readChosenFiles } from './readChosenFiles';

// Issue 23 "Limits that disagree": the CLI refused files over 10 MiB, the app over 10 MB.
describe('the file size limit', () => {
  it('is one value for the app and the CLI (10 MiB)', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(MAX_FILE_BYTES);
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('refuses a bigger file with the limit in the same unit as the CLI', async () => {
    const big = {
      name: 'huge.yaml',
      size: 11_000_000,
      arrayBuffer: async () => new ArrayBuffer(0),
    };
    const fits = {
      name: 'ok.yaml',
      size: 10_400_000,
      arrayBuffer: async () => new TextEncoder().encode('a: 1\n').buffer,
    };
    const r = await readChosenFiles([big, fits] as unknown as File[]);
    expect(r.refused).toEqual(['huge.yaml: 10.5 MiB is over the 10 MiB limit']);
    expect(r.files.map((f) => f.path)).toEqual(['ok.yaml']);
  });
});
