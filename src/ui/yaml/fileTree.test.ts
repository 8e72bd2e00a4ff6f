import { describe, expect, it } from 'vitest';
import { foldersOf, resourcesPerFile, tabLabel, treeRows } from './fileTree';

const paths = [
  'deploy/sensors/aws-sns.yaml',
  'deploy/event-sources/aws-sns.yaml',
  'README.yaml',
  'deploy/event-sources/minio.yaml',
];

describe('the YAML panel file tree', () => {
  it('shows folders first, then files, by name, with their depth', () => {
    expect(treeRows(paths, new Set()).map((r) => `${r.level}:${r.kind}:${r.name}`)).toEqual([
      '1:folder:deploy',
      '2:folder:event-sources',
      '3:file:aws-sns.yaml',
      '3:file:minio.yaml',
      '2:folder:sensors',
      '3:file:aws-sns.yaml',
      '1:file:README.yaml',
    ]);
  });

  it('leaves out what a collapsed folder holds', () => {
    const rows = treeRows(paths, new Set(['deploy/event-sources']));
    expect(rows.map((r) => r.path)).toEqual([
      'deploy',
      'deploy/event-sources',
      'deploy/sensors',
      'deploy/sensors/aws-sns.yaml',
      'README.yaml',
    ]);
    expect(rows[1]).toMatchObject({ expanded: false, parent: 'deploy' });
  });

  it('counts resources per file, lists folders and tells same-named tabs apart', () => {
    const ranges = new Map([
      ['eventSource:/sns', { file: 'a.yaml' }],
      ['event:/sns#sns%2Fx', { file: 'a.yaml' }],
      ['sensor:/s', { file: 'a.yaml' }],
    ]);
    expect(resourcesPerFile(ranges).get('a.yaml')).toBe(2);
    expect(foldersOf(paths)).toEqual(['', 'deploy', 'deploy/event-sources', 'deploy/sensors']);
    expect(tabLabel(paths[0]!, paths)).toEqual({ name: 'aws-sns.yaml', folder: 'deploy/sensors' });
    expect(tabLabel('README.yaml', paths)).toEqual({ name: 'README.yaml', folder: '' });
  });
});
