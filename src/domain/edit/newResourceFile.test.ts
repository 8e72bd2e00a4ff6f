import { describe, expect, it } from 'vitest';
import { addEventSource, addTrigger } from './designEdits';
import { pasteManifests } from './clipboard';
import { ownFilePath } from './newResourceFile';
import { listManifests, parseDesign } from '../design/design';

const repo = [
  {
    path: 'deploy/event-sources/webhook.yaml',
    text: 'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: webhook\nspec:\n  webhook:\n    a: {port: "1", endpoint: /a}\n',
  },
  { path: 'deploy/sensors/webhook.yaml', text: '# sensor\n' },
];

describe('where a new resource is written', () => {
  it('without a choice, in the first file (the one-file design grows in place)', () => {
    const r = addEventSource([{ path: 'design.yaml', text: '' }], 'webhook');
    expect(r).toMatchObject({ ok: true, file: 'design.yaml' });
  });

  it('in a file of its own laid out as the export does, reusing the design’s folder of that kind', () => {
    const r = addEventSource(repo, 'calendar', 'own-file');
    if (!r.ok) throw new Error(r.reason);
    expect(r.file).toBe('deploy/event-sources/calendar.yaml');
    expect(r.files.slice(0, 2)).toEqual(repo);
    expect(listManifests(parseDesign([r.files[2]!])).map((m) => m.name)).toEqual(['calendar']);
    const s = addTrigger(repo, 'log', undefined, '', 'own-file');
    expect(s).toMatchObject({ ok: true, file: 'deploy/sensors/sensor.yaml' });
  });

  it('never writes over a file: a taken layout path is numbered', () => {
    expect(ownFilePath(repo, 'Sensor', 'webhook', null)).toBe('deploy/sensors/webhook-2.yaml');
    expect(ownFilePath([], 'EventBus', 'default', 'ci')).toBe('eventbus/ci.default.yaml');
  });

  it('at the end of a chosen file, which is created when the design has none of that name', () => {
    const r = addEventSource(repo, 'calendar', { file: 'deploy/sensors/webhook.yaml' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.files[1]!.text).toMatch(/^# sensor\n---\napiVersion/);
    const n = addEventSource(repo, 'calendar', { file: 'new/place.yaml' });
    expect(n).toMatchObject({ ok: true, file: 'new/place.yaml' });
    if (n.ok)
      expect(n.files.map((f) => f.path)).toEqual([...repo.map((f) => f.path), 'new/place.yaml']);
  });

  it('pasted resources each get their own file, or all go to the chosen one', () => {
    const text =
      'apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata:\n  name: default\nspec: {}\n---\napiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata:\n  name: s\nspec: {}\n';
    const own = pasteManifests(repo, text, 'own-file');
    if (!own.ok) throw new Error(own.reason);
    expect(own.files.map((f) => f.path).slice(2)).toEqual([
      'eventbus/default.yaml',
      'deploy/sensors/s.yaml',
    ]);
    const one = pasteManifests(repo, text, { file: 'pasted.yaml' });
    if (!one.ok) throw new Error(one.reason);
    expect(one.files.map((f) => f.path).slice(2)).toEqual(['pasted.yaml']);
  });
});
