import { describe, expect, it } from 'vitest';
import { droppedFiles } from './droppedFiles';

/** A fake of the browser's FileSystemEntry tree, handing directories out in batches as Chrome does. */
function dir(fullPath: string, children: object[]): object {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop(),
    fullPath,
    createReader: () => {
      const batches = [children.slice(0, 1), children.slice(1), []];
      return { readEntries: (ok: (e: object[]) => void) => ok(batches.shift() ?? []) };
    },
  };
}
function file(fullPath: string, text: string): object {
  const name = fullPath.split('/').pop()!;
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void) => ok(new File([text], name)),
  };
}

describe('a dropped folder', () => {
  it('is walked with each file under its path inside the drop, so same names stay apart', async () => {
    const root = dir('/deploy', [
      dir('/deploy/sensors', [file('/deploy/sensors/aws-sns.yaml', 'b')]),
      dir('/deploy/event-sources', [file('/deploy/event-sources/aws-sns.yaml', 'a')]),
    ]);
    const data = {
      items: [{ kind: 'file', webkitGetAsEntry: () => root }],
      files: [],
    } as unknown as DataTransfer;
    const out = (await droppedFiles(data)).files;
    expect(out.map((f) => f.path)).toEqual([
      'deploy/sensors/aws-sns.yaml',
      'deploy/event-sources/aws-sns.yaml',
    ]);
    expect(await out[1]!.file.text()).toBe('a');
  });

  it('without entries (a synthetic drop), falls back to the flat file list', async () => {
    const f = new File(['x'], 'one.yaml');
    const data = {
      items: [{ kind: 'file', webkitGetAsEntry: () => null }],
      files: [f],
    } as unknown as DataTransfer;
    expect(await droppedFiles(data)).toEqual({
      files: [{ file: f, path: 'one.yaml' }],
      skippedFolders: [],
    });
  });

  // src/cli/input/walk.ts Walker.list: hidden folders and node_modules are never entered.
  it('does not enter the folders the CLI passes by, and says which; the dropped folder itself is walked', async () => {
    const root = dir('/.config', [
      dir('/.config/node_modules', [file('/.config/node_modules/x/chart.yaml', 'kind: Pod')]),
      dir('/.config/.git', [file('/.config/.git/HEAD', 'ref')]),
      file('/.config/.eventflowignore', 'drafts/'),
      file('/.config/sensor.yaml', 's'),
    ]);
    const data = {
      items: [{ kind: 'file', webkitGetAsEntry: () => root }],
      files: [],
    } as unknown as DataTransfer;
    const out = await droppedFiles(data);
    expect(out.files.map((f) => f.path)).toEqual([
      '.config/.eventflowignore',
      '.config/sensor.yaml',
    ]);
    expect(out.skippedFolders).toEqual(['.config/node_modules', '.config/.git']);
  });
});
