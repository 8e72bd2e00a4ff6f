// The walk rules of src/cli/input/walk.ts (Walker.list, rulesFor), as the app applies them to the
// file list a browser gives for a chosen or dropped folder.
import { describe, expect, it } from 'vitest';
import { FolderFilter, isIgnoreFilePath, skippedSummary } from './folderFiles';
import { hasManifestExtension, passedByName } from './folderRules';

const verdicts = (filter: FolderFilter, paths: string[]) =>
  Object.fromEntries(
    paths.map((p) => {
      const v = filter.verdict(p);
      return [p, v.read ? 'read' : v.label];
    }),
  );

describe('folder walk rules', () => {
  it('pass by hidden entries, node_modules and lock files by name, and read YAML/JSON only', () => {
    expect(passedByName('.git', true)).toBe('.git');
    expect(passedByName('.env.yaml', false)).toBe('hidden files');
    expect(passedByName('node_modules', true)).toBe('node_modules');
    expect(passedByName('pnpm-lock.yaml', false)).toBe('lock files');
    expect(passedByName('sensors', true)).toBeNull();
    expect(
      ['a.YAML', 'b.yml', 'c.json', 'd.md', 'yaml', '.yaml'].map(hasManifestExtension),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('judge each file of a chosen folder; the folder itself and a file chosen alone are read', () => {
    const f = new FolderFilter(new Map());
    expect(
      verdicts(f, [
        '.deploy/s.yaml',
        'repo/node_modules/chart/pod.yaml',
        'repo/a/node_modules/b.yaml',
        'repo/.github/workflows/ci.yml',
        'repo/package-lock.json',
        'repo/img/logo.svg',
        'repo/Makefile',
        'repo/__proto__/constructor.yaml',
        '.alone.yaml',
      ]),
    ).toEqual({
      '.deploy/s.yaml': 'read',
      'repo/node_modules/chart/pod.yaml': 'node_modules',
      'repo/a/node_modules/b.yaml': 'node_modules',
      'repo/.github/workflows/ci.yml': '.github',
      'repo/package-lock.json': 'lock files',
      'repo/img/logo.svg': 'images',
      'repo/Makefile': 'files without extension',
      'repo/__proto__/constructor.yaml': 'read',
      '.alone.yaml': 'read',
    });
  });

  it('apply each .eventflowignore to the paths under its folder, gitignore-style', () => {
    const f = new FolderFilter(
      new Map([
        ['repo', 'build/\n*.values.yaml\n!keep.values.yaml\n/top.yaml\n'],
        ['repo/helm', 'local.yaml\n'],
      ]),
    );
    expect(
      verdicts(f, [
        'repo/build/out.yaml',
        'repo/x/build/deep.yaml',
        'repo/a.values.yaml',
        'repo/keep.values.yaml',
        'repo/top.yaml',
        'repo/sub/top.yaml',
        'repo/helm/local.yaml',
        'repo/local.yaml',
        'other/build/out.yaml',
      ]),
    ).toEqual({
      'repo/build/out.yaml': '.eventflowignore',
      'repo/x/build/deep.yaml': '.eventflowignore',
      'repo/a.values.yaml': '.eventflowignore',
      'repo/keep.values.yaml': 'read',
      'repo/top.yaml': '.eventflowignore',
      'repo/sub/top.yaml': 'read',
      'repo/helm/local.yaml': '.eventflowignore',
      'repo/local.yaml': 'read',
      'other/build/out.yaml': 'read',
    });
    expect(isIgnoreFilePath('repo/.eventflowignore')).toBe(true);
    expect(isIgnoreFilePath('.eventflowignore')).toBe(false);
  });

  it('sum up what was passed by in one line, the most common reasons first', () => {
    expect(skippedSummary([])).toBeNull();
    expect(skippedSummary(['.md'])).toBe('Skipped 1 file that is not design YAML (.md)');
    const labels = [
      ...Array<string>(200).fill('node_modules'),
      ...Array<string>(8).fill('.git'),
      ...Array<string>(3).fill('images'),
      '.md',
    ];
    expect(skippedSummary(labels)).toBe(
      'Skipped 212 files that are not design YAML (node_modules, .git, images…)',
    );
  });
});
