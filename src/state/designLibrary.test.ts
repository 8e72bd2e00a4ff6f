import { describe, expect, it } from 'vitest';
import { DesignLibrary } from './designLibrary';
import { memoryStore as memory } from './keyValueStore';

const files = [{ path: 'a.yaml', text: 'kind: Sensor\n' }];

describe('DesignLibrary', () => {
  it('creates, lists, renames and deletes designs with unique names', async () => {
    const lib = new DesignLibrary(memory());
    const a = await lib.create('Pipeline', files);
    const b = await lib.create('Pipeline', files);
    expect(b.name).toBe('Pipeline (2)');
    expect((await lib.list()).map((d) => d.name).sort()).toEqual(['Pipeline', 'Pipeline (2)']);
    expect(await lib.rename(a.id, 'Pipeline (2)')).toBe('Pipeline (2) (2)');
    await lib.remove(b.id);
    expect((await lib.list()).map((d) => d.id)).toEqual([a.id]);
  });

  it('saves revisions and refuses a save based on a revision another tab replaced', async () => {
    const lib = new DesignLibrary(memory());
    const d = await lib.create('P', files);
    const first = await lib.save(d.id, 1, {
      files: [{ path: 'a.yaml', text: 'one' }],
      positions: {},
    });
    expect(first).toEqual({ ok: true, revision: 2 });
    const stale = await lib.save(d.id, 1, {
      files: [{ path: 'a.yaml', text: 'two' }],
      positions: {},
    });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
    const opened = await lib.open(d.id, { recover: true });
    expect(opened.ok && opened.design.files[0]!.text).toBe('one');
  });

  it('reports a full store instead of throwing', async () => {
    const kv = memory();
    const lib = new DesignLibrary(kv);
    const d = await lib.create('P', files);
    kv.transact = async () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    expect(await lib.save(d.id, 1, { files, positions: {} })).toMatchObject({
      ok: false,
      reason: 'storage',
      message: expect.stringContaining('storage is full'),
    });
  });

  it('sets a corrupt record aside rather than losing it', async () => {
    const kv = memory();
    const lib = new DesignLibrary(kv);
    const d = await lib.create('P', files);
    kv.data.set(`eventflow:design:${d.id}`, { version: 2, files: 'garbage' });
    const opened = await lib.open(d.id, { recover: true });
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('set aside') });
    expect([...kv.data.keys()].some((k) => k.startsWith('eventflow:set-aside:'))).toBe(true);
    expect(await lib.list()).toEqual([]);
  });

  it('moves the first version’s single autosave into the list once', async () => {
    const kv = memory();
    kv.data.set('eventflow:autosave', { version: 1, files, positions: { n: { x: 1, y: 2 } } });
    const lib = new DesignLibrary(kv);
    const migrated = await lib.migrateLegacy();
    expect(migrated?.positions).toEqual({ n: { x: 1, y: 2 } });
    expect(await lib.migrateLegacy()).toBeNull();
  });
});

describe('concurrent writes', () => {
  it('a rename during an autosave keeps both the new name and the saved content', async () => {
    const lib = new DesignLibrary(memory());
    const d = await lib.create('One', files);
    const edited = [{ path: 'a.yaml', text: 'kind: EventBus\n' }];
    const [saved, name] = await Promise.all([
      lib.save(d.id, d.revision, { files: edited, positions: {} }),
      lib.rename(d.id, 'Two'),
    ]);
    expect(saved).toMatchObject({ ok: true, revision: 2 });
    const opened = await lib.open(d.id);
    expect(opened.ok && [opened.design.name, opened.design.files, opened.design.revision]).toEqual([
      name,
      edited,
      2,
    ]);
    expect(await lib.save(d.id, 2, { files, positions: {} })).toMatchObject({ ok: true });
  });
});

describe('crash journal', () => {
  function localStore(): Storage {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      clear: () => m.clear(),
      key: () => null,
      length: 0,
    } as Storage;
  }
  const edited = [{ path: 'a.yaml', text: 'kind: Sensor\n# edited just before the crash\n' }];

  it('recovers edits journaled but never saved, into the same design', async () => {
    const journal = localStore();
    const db = memory();
    const crashed = new DesignLibrary(db, journal, 'crashed-tab');
    const d = await crashed.create('One', files);
    crashed.journal(d.id, d.revision, edited, {});
    // Its own pending journal is not a crash for the tab that wrote it.
    expect(await crashed.open(d.id, { recover: true })).toMatchObject({
      ok: true,
      design: { files },
    });
    const lib = new DesignLibrary(db, journal, 'next-tab');
    const opened = await lib.open(d.id, { recover: true });
    expect(opened.ok && opened.design.files).toEqual(edited);
    expect(opened.ok && opened.notice).toMatch(/recovered/);
    const again = await lib.open(d.id, { recover: true });
    expect(again.ok && again.design.files).toEqual(edited);
    expect(again.ok && again.notice).toBeUndefined();
  });

  it('keeps edits as a copy when the design changed since (another tab saved), never overwriting', async () => {
    const journal = localStore();
    const db = memory();
    const crashed = new DesignLibrary(db, journal, 'crashed-tab');
    const d = await crashed.create('One', files);
    crashed.journal(d.id, d.revision, edited, {});
    // Another tab saves a newer revision of the same design.
    const otherTab = new DesignLibrary(db, null);
    const lib = new DesignLibrary(db, journal, 'next-tab');
    await otherTab.save(d.id, d.revision, {
      files: [{ path: 'a.yaml', text: 'kind: EventBus\n' }],
      positions: {},
    });
    const opened = await lib.open(d.id, { recover: true });
    expect(opened.ok && opened.design.files[0]?.text).toBe('kind: EventBus\n');
    expect(opened.ok && opened.notice).toMatch(/kept as "One \(recovered\)"/);
    expect((await lib.list()).map((x) => x.name).sort()).toEqual(['One', 'One (recovered)']);
  });

  it('a save of the journaled content settles the journal; a corrupt journal is ignored', async () => {
    const journal = localStore();
    const db = memory();
    const lib = new DesignLibrary(db, journal);
    const d = await lib.create('One', files);
    lib.journal(d.id, d.revision, edited, {});
    expect((await lib.save(d.id, d.revision, { files: edited, positions: {} })).ok).toBe(true);
    expect(journal.getItem(`eventflow:journal:${d.id}`)).toBeNull();
    journal.setItem(`eventflow:journal:${d.id}`, '{"designId": 5');
    const opened = await new DesignLibrary(db, journal, 'other-tab').open(d.id, { recover: true });
    expect(opened.ok && opened.notice).toBeUndefined();
  });
});
