import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../test/builders';
import { parseManifests } from '../yaml/parseManifests';
import { fileShape } from '../design/documentShape';
import { listManifests, parseDesign } from '../design/design';
import { validateDesign, validateText } from './validate';

const all = (path: string, text: string) =>
  validateText(path, text).map((d) => `${d.range?.line}:${d.range?.col} ${d.severity} ${d.code}`);

describe('files that are not Argo Events manifests are skipped, never errors', () => {
  const others: [string, string][] = [
    [
      '.github/workflows/ci.yaml',
      'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    ],
    ['chart/values.yaml', 'replicaCount: 2\nimage:\n  repository: nginx\n  tag: ""\n'],
    ['docker-compose.yml', 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n'],
    ['openapi.json', '{"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": {}}\n'],
    ['package.json', '{\n\t"name": "x",\n\t"version": "1.0.0"\n}\n'],
    // JSON with comments (tsconfig.json) is not YAML either: skipped, not a syntax error.
    ['tsconfig.json', '{\n  // compiler options\n  "compilerOptions": {"strict": true}\n}\n'],
  ];
  it.each(others)('%s: one info, nothing else', (path, text) => {
    expect(all(path, text)).toEqual(['1:1 info file.not-kubernetes']);
    expect(fileShape(parseManifests(text))).toBe('not-kubernetes');
  });

  it('says once which documents of a manifest file were skipped', () => {
    const text = design(BUS, 'foo: bar\n', 'baz: 1\n');
    const d = validateText('d.yaml', text);
    expect(d.map((x) => `${x.severity} ${x.code}`)).toEqual(['info file.not-kubernetes']);
    expect(d[0]?.message).toContain('2 documents');
  });

  it('still reports YAML errors in a file that looks like a manifest', () => {
    expect(all('d.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nspec: {a: 1\n')).toEqual([
      '4:1 error yaml.syntax',
    ]);
    expect(fileShape(parseManifests('kind: Sensor\nspec: [\n'))).toBe('manifests');
  });

  it('reads JSON manifests as manifests', () => {
    const json = JSON.stringify(
      {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'EventBus',
        metadata: { name: 'default' },
        spec: { jetstream: { version: 'latest', replicas: 2 } },
      },
      null,
      '\t',
    );
    expect(all('bus.json', json)).toEqual(['10:16 error eventbus.jetstream.replicas']);
    expect(fileShape(parseManifests(json))).toBe('manifests');
  });

  it('calls an empty file empty', () => {
    expect(fileShape(parseManifests('# nothing\n---\n'))).toBe('empty');
    expect(validateText('e.yaml', '')).toEqual([]);
  });
});

describe('templates are said plainly (one message at the first template action)', () => {
  afterEach(() => vi.restoreAllMocks());

  const helm = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: {{ include "chart.fullname" . }}-webhook
spec:
  webhook:
    build:
      port: {{ .Values.port | quote }}
      endpoint: /build
      method: POST
`;

  it('gives one warning at the first {{ outside a string, and nothing else', () => {
    const d = validateText('templates/es.yaml', helm);
    expect(d.map((x) => `${x.range?.line}:${x.range?.col} ${x.severity} ${x.code}`)).toEqual([
      '4:9 warning yaml.template',
    ]);
    expect(d[0]?.message).toContain(
      'render it first, e.g. `helm template … | eventflow validate -`',
    );
    expect(d[0]?.message).toContain('{{ include "chart.fullname" . }}');
    expect(fileShape(parseManifests(helm))).toBe('template');
  });

  it('prints nothing on the console (the yaml package warns about {{ … }} keys otherwise)', () => {
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    validateText('templates/es.yaml', helm);
    validateText('x.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {{a: 1}: 2}\n');
    expect(emit).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('recognises Helm control lines and Helm objects inside strings', () => {
    const control = `{{- if .Values.enabled }}\n${BUS}{{- end }}\n`;
    expect(all('t.yaml', control)).toEqual(['1:1 warning yaml.template']);
    const quoted = BUS.replace('name: default', 'name: "{{ .Release.Name }}-bus"');
    expect(all('t.yaml', quoted)).toEqual(['4:10 warning yaml.template']);
  });

  it('leaves Go templates that Argo Events reads itself alone (strings, block scalars, comments)', () => {
    const sensor = SENSOR.replace(
      '        log: {}\n',
      '        log: {}\n      parameters:\n        - src: {dependencyName: webhook-build, dataTemplate: "{{ .Input.body.x }}"}\n          dest: a\n        - src:\n            dependencyName: webhook-build\n            dataTemplate: |\n              {{- if eq .Input.body.x "a" }}yes{{ end }}\n          dest: b\n',
    );
    const text = `# {{ .Values.ignored }}\n${design(BUS, WEBHOOK_SOURCE, sensor)}`;
    expect(parseManifests(text).template).toBeNull();
    expect(validateText('d.yaml', text).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps no resources of a template, and no reference findings into it', () => {
    const files = parseDesign([
      { path: 'templates/es.yaml', text: helm },
      { path: 'sensor.yaml', text: SENSOR },
    ]);
    expect(listManifests(files).map((m) => m.kind)).toEqual(['Sensor']);
    expect(validateDesign(files).map((d) => `${d.file} ${d.code}`)).toEqual([
      'templates/es.yaml yaml.template',
    ]);
  });
});
