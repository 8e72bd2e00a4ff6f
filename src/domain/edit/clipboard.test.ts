import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyResourceText, pasteManifests } from './clipboard';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const files = [{ path: 'd.yaml', text: SEED }];

describe('clipboard', () => {
  it('copies a resource as written and pastes it back under a new name', () => {
    const text = copyResourceText(files, 'event:/webhook#webhook%2Fbuild');
    expect(text).toContain('# Each key is one event');
    expect(text?.startsWith('apiVersion')).toBe(true);
    const r = pasteManifests(files, text ?? '');
    expect(r.ok && r.files[0]?.text).toContain('name: webhook-copy');
    expect(r.ok && r.select).toBe('eventSource:/webhook-copy');
  });

  it('refuses what is not manifests', () => {
    expect(pasteManifests(files, 'hello: [')).toMatchObject({ ok: false });
    expect(pasteManifests(files, 'a: 1')).toEqual({
      ok: false,
      reason: 'the clipboard holds no EventSource, Sensor or EventBus',
    });
  });
});
