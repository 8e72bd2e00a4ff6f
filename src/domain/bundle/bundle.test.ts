import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gitLayout, readBundle } from './gitLayout';
import { unzipFiles, zipFiles } from './zipBundle';

const SEED = `# Pipeline
apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream: {version: "2.9.22"}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build: {port: "12000", endpoint: /build, method: POST}
---
# The sensor
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: build-sensor
  namespace: ci
spec:
  dependencies: []
  triggers: []
`;

describe('gitLayout', () => {
  it('writes one file per resource in kind folders with a kustomization, keeping each document’s text', () => {
    const out = gitLayout([{ path: 'design.yaml', text: SEED }], 'kind: Scenarios\n');
    expect(out.map((f) => f.path)).toEqual([
      'event-sources/webhook.yaml',
      'eventbus/default.yaml',
      'sensors/ci.build-sensor.yaml',
      'kustomization.yaml',
      'scenarios.yaml',
    ]);
    expect(out[2]!.text).toBe(SEED.slice(SEED.indexOf('# The sensor')));
    expect(out[3]!.text).toContain('  - sensors/ci.build-sensor.yaml');
  });

  it('reads its own output back as the same resources (through kustomization), with the scenarios apart', () => {
    const out = gitLayout(
      [{ path: 'design.yaml', text: SEED }],
      'kind: Scenarios\nscenarios: []\n',
    );
    const back = readBundle(out);
    expect(back.problems).toEqual([]);
    expect(back.scenarios).toHaveLength(1);
    expect(back.files.map((f) => f.path)).toEqual([
      'event-sources/webhook.yaml',
      'eventbus/default.yaml',
      'sensors/ci.build-sensor.yaml',
    ]);
    expect(gitLayout(back.files)).toEqual(gitLayout([{ path: 'design.yaml', text: SEED }]));
  });

  it('reports kustomization resources that are missing', () => {
    const r = readBundle([
      { path: 'k/kustomization.yaml', text: 'resources:\n  - a.yaml\n  - gone.yaml\n' },
      { path: 'k/a.yaml', text: 'kind: Sensor\n' },
    ]);
    expect(r.files.map((f) => f.path)).toEqual(['k/a.yaml']);
    expect(r.problems).toEqual(['k/kustomization.yaml: resource gone.yaml is not among the files']);
  });
});

describe('readBundle keeps folder paths and never merges two files', () => {
  it('keeps files of the same name in different folders apart', () => {
    const r = readBundle([
      { path: 'deploy/event-sources/aws-sns.yaml', text: 'kind: EventSource\n' },
      { path: 'deploy/sensors/aws-sns.yaml', text: 'kind: Sensor\n' },
    ]);
    expect(r.files.map((f) => f.path)).toEqual([
      'deploy/event-sources/aws-sns.yaml',
      'deploy/sensors/aws-sns.yaml',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('gives the second of two files with the very same path a name of its own, and says so', () => {
    const r = readBundle([
      { path: 'a/x.yaml', text: 'one: 1\n' },
      { path: 'a/x-2.yaml', text: 'two: 2\n' },
      { path: 'a/x.yaml', text: 'three: 3\n' },
    ]);
    expect(r.files).toEqual([
      { path: 'a/x.yaml', text: 'one: 1\n' },
      { path: 'a/x-2.yaml', text: 'two: 2\n' },
      { path: 'a/x-3.yaml', text: 'three: 3\n' },
    ]);
    expect(r.problems).toEqual([
      'a/x.yaml: two files have this path; the second one opened as a/x-3.yaml',
    ]);
  });

  it('follows kustomization resources that name a folder with its own kustomization (kustomize bases)', () => {
    const r = readBundle([
      { path: 'deploy/sensors/kustomization.yaml', text: 'resources:\n  - aws-sns.yaml\n' },
      {
        path: 'deploy/kustomization.yaml',
        text: 'resources:\n  - event-sources/aws-sns.yaml\n  - sensors/\n',
      },
      { path: 'deploy/event-sources/aws-sns.yaml', text: 'kind: EventSource\n' },
      { path: 'deploy/sensors/aws-sns.yaml', text: 'kind: Sensor\n' },
      { path: 'deploy/unlisted.yaml', text: 'kind: Sensor\n' },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => f.path)).toEqual([
      'deploy/event-sources/aws-sns.yaml',
      'deploy/sensors/aws-sns.yaml',
    ]);
  });
});

describe('zip', () => {
  it('round-trips files and is byte-stable', () => {
    const files = [{ path: 'a/b.yaml', text: 'x: 1\n' }];
    expect(zipFiles(files)).toEqual(zipFiles(files));
    expect(unzipFiles(zipFiles(files))).toEqual({ ok: true, files });
  });

  it('refuses zip bombs and damaged zips without inflating them', () => {
    const bomb = zipSync({ 'big.yaml': new Uint8Array(30_000_000) }, { level: 9 });
    expect(unzipFiles(bomb)).toMatchObject({
      ok: false,
      message: expect.stringContaining('zip bomb'),
    });
    expect(unzipFiles(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
  });
});
