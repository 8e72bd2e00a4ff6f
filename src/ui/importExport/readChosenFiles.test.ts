import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';
import { MAX_IMPORT_FILE_BYTES, readChosenFiles, type PathedFile } from './readChosenFiles';

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

/** A file of a chosen folder, as `<input webkitdirectory>` gives it (the path starts with the folder). */
const inFolder = (path: string, text = 'a: 1\n'): PathedFile => ({
  path,
  file: new File([text], path.slice(path.lastIndexOf('/') + 1)),
});

// src/cli/input/walk.ts Walker.list: the app's Open folder… reads what `eventflow` reads in the folder.
describe('a chosen folder', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n';
  const SENSOR = 'apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\n';

  it('passes by node_modules, hidden folders, lock files and non-YAML, summed up in one line', async () => {
    const r = await readChosenFiles([
      inFolder('repo/sensors/s.yaml', SENSOR),
      inFolder('repo/node_modules/chart/templates/pod.yaml', POD),
      inFolder('repo/node_modules/chart/README.md'),
      inFolder('repo/.git/config'),
      inFolder('repo/.github/workflows/ci.yaml', POD),
      inFolder('repo/package-lock.json', '{}'),
      inFolder('repo/logo.png'),
      inFolder('repo/docs/shot.jpg'),
      inFolder('repo/README.md'),
    ]);
    expect(r.files.map((f) => f.path)).toEqual(['repo/sensors/s.yaml']);
    expect(r.refused).toEqual([]);
    expect(r.skipped).toBe(
      'Skipped 8 files that are not design YAML (images, node_modules, .git…)',
    );
  });

  it('applies the .eventflowignore of the folder and of its sub-folders to what is under them', async () => {
    const r = await readChosenFiles([
      inFolder('repo/.eventflowignore', '# drafts\ndrafts/\n*.values.yaml\n'),
      inFolder('repo/drafts/old.yaml', SENSOR),
      inFolder('repo/helm/app.values.yaml', POD),
      inFolder('repo/helm/.eventflowignore', 'local.yaml\n'),
      inFolder('repo/helm/local.yaml', POD),
      inFolder('repo/local.yaml', SENSOR),
      inFolder('repo/s.yaml', SENSOR),
    ]);
    expect(r.files.map((f) => f.path)).toEqual(['repo/local.yaml', 'repo/s.yaml']);
    expect(r.skipped).toBe('Skipped 3 files that are not design YAML (.eventflowignore)');
  });

  it('reads a file chosen on its own whatever its name, and refuses a non-YAML one by name', async () => {
    const r = await readChosenFiles([
      new File([SENSOR], '.hidden.yaml'),
      new File(['x'], 'notes.txt'),
    ]);
    expect(r.files.map((f) => f.path)).toEqual(['.hidden.yaml']);
    expect(r.refused).toEqual(['notes.txt: not a .yaml, .yml, .json or .zip file']);
    expect(r.skipped).toBeNull();
  });

  it('counts the folders a drop did not enter', async () => {
    const r = await readChosenFiles(
      [inFolder('repo/s.yaml', SENSOR), inFolder('repo/a.txt')],
      ['repo/node_modules', 'repo/.git'],
    );
    expect(r.skipped).toBe(
      'Skipped 1 file and 2 folders that are not design YAML (.git, .txt, node_modules)',
    );
  });
});
