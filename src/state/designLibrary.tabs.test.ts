import { describe, expect, it } from 'vitest';
import { DesignLibrary } from './designLibrary';
import { memoryStore } from './keyValueStore';
import { localQueue } from './crossTabLock';
import { writeJournal, MAX_JOURNAL_CHARS } from './crashJournal';

const files = [{ path: 'a.yaml', text: 'kind: Sensor\n' }];
// Every read and write waits a random moment, so the operations of several "tabs" overlap.
const jitter = () => new Promise<void>((r) => setTimeout(r, Math.random() * 3));
/** A tab: its own library and page-local queue, sharing the browser's store. */
const tab = (kv: ReturnType<typeof memoryStore>, name: string) =>
  new DesignLibrary(kv, null, name, localQueue());

describe('several tabs on one browser store', () => {
  it('two tabs saving the same revision at once: one saves, the other is told (25 rounds)', async () => {
    const kv = memoryStore({ delay: jitter });
    const [a, b] = [tab(kv, 'a'), tab(kv, 'b')];
    const d = await a.create('Shared', files);
    let revision = d.revision;
    for (let round = 0; round < 25; round++) {
      const outcomes = await Promise.all([
        a.save(d.id, revision, { files: [{ path: 'a.yaml', text: `a ${round}` }], positions: {} }),
        b.save(d.id, revision, { files: [{ path: 'a.yaml', text: `b ${round}` }], positions: {} }),
      ]);
      const saved = outcomes.filter((o) => o.ok);
      expect(saved).toHaveLength(1);
      expect(outcomes.find((o) => !o.ok)).toMatchObject({ reason: 'conflict' });
      revision = (saved[0] as { revision: number }).revision;
      const opened = await a.open(d.id);
      const winner = outcomes[0]!.ok ? `a ${round}` : `b ${round}`;
      expect(opened.ok && opened.design.files[0]!.text).toBe(winner);
    }
  });

  it('three tabs creating designs at once: every design is listed', async () => {
    const kv = memoryStore({ delay: jitter });
    const tabs = [tab(kv, 'a'), tab(kv, 'b'), tab(kv, 'c')];
    await Promise.all(
      tabs.flatMap((t, i) => Array.from({ length: 25 }, (_, k) => t.create(`T${i}-${k}`, files))),
    );
    const listed = await tabs[0]!.list();
    expect(listed).toHaveLength(75);
    expect(new Set(listed.map((d) => d.name)).size).toBe(75);
  });

  it('a design missing from a damaged list comes back, and the user is told once', async () => {
    const kv = memoryStore();
    const lib = tab(kv, 'a');
    const one = await lib.create('One', files);
    const two = await lib.create('Two', files);
    kv.data.set('eventflow:designs', [{ id: one.id, name: 'One', updatedAt: 1 }, null, 'junk']);
    expect((await lib.list()).map((d) => d.id).sort()).toEqual([one.id, two.id].sort());
    expect(lib.takeRepairNotice()).toMatch(/rebuilt from the saved designs \(1 restored/);
    expect(lib.takeRepairNotice()).toBeNull();
    kv.data.set('eventflow:designs', 'not a list');
    expect(await lib.list()).toHaveLength(2);
    expect(lib.takeRepairNotice()).toMatch(/rebuilt/);
  });
});

describe('damaged records open without the damaged part', () => {
  it.each([
    ['scenarios', { scenarios: [null] }, /scenarios/],
    ['saved events', { savedEvents: [null, { name: 1 }] }, /saved events/],
    ['positions', { positions: { n: { x: 'a' } } }, /node positions/],
    ['revision and name', { revision: -3, name: '' }, /name, revision/],
  ])('a null or wrong %s', async (_, damage, said) => {
    const kv = memoryStore();
    const lib = tab(kv, 'a');
    const d = await lib.create('Kept', files, {}, [
      { name: 'ok', start: '2026-01-01T09:00:00Z', steps: [], expect: [] },
    ]);
    const key = `eventflow:design:${d.id}`;
    kv.data.set(key, { ...(kv.data.get(key) as object), ...damage });
    const opened = await lib.open(d.id, { recover: true });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.design.files).toEqual(files);
    expect(opened.notice).toMatch(said);
    expect(opened.notice).toMatch(/kept aside/);
    expect([...kv.data.keys()].filter((k) => k.startsWith('eventflow:set-aside:'))).toHaveLength(1);
    // The repaired record opens cleanly next time.
    const again = await lib.open(d.id);
    expect(again.ok && again.notice).toBeUndefined();
  });
});

describe('when the crash journal cannot be written', () => {
  const entry = { designId: 'd', revision: 1, positions: {}, at: 0, tab: 't' };
  it('says so: storage full', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      removeItem: () => undefined,
    };
    expect(writeJournal(full, { ...entry, files })).toBe(false);
  });
  it('says so: a design too big for it, and drops the older entry', () => {
    const m = new Map<string, string>([['eventflow:journal:d', 'old']]);
    const storage = {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
    const big = [{ path: 'a.yaml', text: 'x'.repeat(MAX_JOURNAL_CHARS) }];
    expect(writeJournal(storage, { ...entry, files: big })).toBe(false);
    expect(m.size).toBe(0);
    expect(writeJournal(storage, { ...entry, files })).toBe(true);
  });
});
