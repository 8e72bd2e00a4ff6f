import { describe, expect, it } from 'vitest';
import { deleteFile, filePathProblem, freePath, moveFile, renameFile } from './fileOps';

const files = [
  { path: 'deploy/event-sources/aws-sns.yaml', text: 'a: 1\n' },
  { path: 'deploy/sensors/aws-sns.yaml', text: 'b: 2\n' },
  { path: 'design.yaml', text: '' },
];

describe('design file operations', () => {
  it('renames a file, keeping its text and its place in the list', () => {
    const r = renameFile(files, 'design.yaml', 'deploy/extra.yaml');
    expect(r).toEqual({
      ok: true,
      path: 'deploy/extra.yaml',
      files: [files[0], files[1], { path: 'deploy/extra.yaml', text: '' }],
    });
  });

  it('never overwrites: a path that exists is refused with a clear reason', () => {
    const r = renameFile(files, 'deploy/sensors/aws-sns.yaml', 'deploy/event-sources/aws-sns.yaml');
    expect(r).toEqual({
      ok: false,
      reason: 'deploy/event-sources/aws-sns.yaml already exists: choose another name',
    });
    expect(moveFile(files, 'deploy/sensors/aws-sns.yaml', 'deploy/event-sources')).toMatchObject({
      ok: false,
    });
  });

  it.each([
    ['', 'a file needs a name'],
    ['/abs.yaml', 'cannot start with /'],
    ['a\\b.yaml', 'separated by /'],
    ['a//b.yaml', 'empty folder name'],
    ['../up.yaml', '. or ..'],
    ['notes.txt', 'ends in .yaml'],
    ['a\u0001.yaml', 'control characters'],
  ])('refuses the invalid path %j', (path, reason) => {
    expect(filePathProblem(path)).toContain(reason);
    expect(renameFile(files, 'design.yaml', path)).toMatchObject({ ok: false });
  });

  it('refuses a path that is also a folder of the design', () => {
    expect(renameFile(files, 'design.yaml', 'deploy/sensors/aws-sns.yaml/x.yaml')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('clashes'),
    });
  });

  it('moves a file to another folder or to the top, keeping its name', () => {
    expect(moveFile(files, 'design.yaml', ' /deploy/other/ ')).toMatchObject({
      ok: true,
      path: 'deploy/other/design.yaml',
    });
    expect(moveFile(files, 'deploy/sensors/aws-sns.yaml', '')).toMatchObject({
      ok: true,
      path: 'aws-sns.yaml',
    });
  });

  it('deletes a file; the last one gives way to an empty design.yaml', () => {
    expect(deleteFile(files, 'design.yaml')).toMatchObject({ ok: true, files: files.slice(0, 2) });
    expect(deleteFile([files[0]!], files[0]!.path)).toMatchObject({
      files: [{ path: 'design.yaml', text: '' }],
    });
    expect(deleteFile(files, 'gone.yaml')).toEqual({
      ok: false,
      reason: 'there is no file gone.yaml',
    });
  });

  it('names that look like Object.prototype members are ordinary paths', () => {
    const odd = [{ path: '__proto__.yaml', text: '' }];
    expect(renameFile(odd, '__proto__.yaml', 'constructor.yaml')).toMatchObject({ ok: true });
    expect(freePath('toString.yaml', new Set(['toString.yaml']))).toBe('toString-2.yaml');
  });
});
