import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, scratch } from '../testKit';
import { workerEngine } from './workerEngine';
import { initialSimState } from '../../engine/simulate/simState';

/** A stand-in engine worker: says it is ready, reports step 0, then does `body`. */
function fakeWorker(body: string): URL {
  const file = join(scratch(), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (req) => {
  parentPort.postMessage({ id: req.id, type: 'step', index: 0 });
  ${body}
});
parentPort.postMessage({ type: 'ready' });
`,
  );
  return pathToFileURL(file);
}

const RUN: [[], [], number] = [[], [], 0];

describe('the watchdog around the engine worker', () => {
  it('stops a step that runs past its time budget, and names the step', async () => {
    const engine = workerEngine(fakeWorker('for (;;) {}'))({ stepTimeoutMs: 300, memoryMb: 64 });
    const outcome = await engine.run(...RUN);
    expect(outcome).toEqual({
      ok: false,
      stop: { why: 'time', step: 0, jq: null, detail: '0.3 s' },
    });
    engine.close();
  });

  it('stops a worker that outgrows its memory budget', async () => {
    const engine = workerEngine(
      fakeWorker('const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length));'),
    )({
      stepTimeoutMs: 60_000,
      memoryMb: 32,
    });
    const outcome = await engine.run(...RUN);
    expect(outcome).toMatchObject({ ok: false, stop: { why: 'memory', step: 0, detail: '32 MB' } });
    engine.close();
  });

  it('reports a crash, and the next request gets a fresh worker', async () => {
    const script = fakeWorker(
      "if (req.type === 'check') throw new Error('boom'); parentPort.postMessage({ id: req.id, type: 'done', value: 42 });",
    );
    const engine = workerEngine(script)({ stepTimeoutMs: 5000, memoryMb: 64 });
    expect(await engine.check([], { name: 'x', start: '', steps: [], expect: [] })).toMatchObject({
      ok: false,
      stop: { why: 'crash', detail: 'boom' },
    });
    expect(await engine.run(...RUN)).toEqual({ ok: true, value: 42 });
    engine.close();
  });
});

// Issue 23 "No watchdog in the CLI": these hung `simulate`, `test` and `lesson --grade` forever.
// They run the real engine in a worker (the TypeScript sources, through tsx, as in a checkout).
describe('runaway designs are stopped with a located message naming what was stopped', () => {
  const engine = workerEngine(new URL('./devWorker.mjs', import.meta.url));
  const sensor = (dependency: string) => `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build: {port: "12000", endpoint: /build, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: s
spec:
  dependencies:
    - name: dep
      eventSourceName: webhook
      eventName: build
${dependency}
  triggers:
    - template:
        name: t
        log: {}
`;
  const JQ = sensor('      transform:\n        jq: "def f: f; f"');
  const LUA = sensor(
    '      filters:\n        script: |-\n          return string.find(string.rep("a", 40) .. "b", string.rep("a*", 40) .. "c") ~= nil',
  );
  const SCENARIOS =
    'kind: Scenarios\nscenarios:\n  - name: sends one\n    steps:\n      - advance: 1m\n      - send: webhook/build\n        body: {x: 1}\n    expect: []\n';

  it('simulate: a jq program that never ends', { timeout: 60_000 }, async () => {
    const dir = scratch({ 'd.yaml': JQ });
    const r = await run(['simulate', 'd.yaml', '--event', 'webhook/build={}', '--timeout', '1s'], {
      cwd: dir,
      engine,
    });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^d\.yaml:19:13 error engine\.stopped-time the simulation was stopped in step 1 \(send webhook\/build\): it ran past its time budget of 1 s per step while running the jq program `def f: f; f` \(the jq transform of s\/dep\)/m,
    );
  });

  it('test: Lua pattern backtracking, located at the script', { timeout: 60_000 }, async () => {
    const dir = scratch({ 'd.yaml': LUA, 'scenarios.yaml': SCENARIOS });
    const r = await run(['test', '.', '--timeout', '1s', '-o', 'github'], { cwd: dir, engine });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^::error file=scenarios\.yaml,line=3,col=11,title=scenario\.stopped::scenario "sends one" failed: d\.yaml:19:17: the scenario was stopped in step 2 \(send webhook\/build\).*the Lua filter of s\/dep at d\.yaml:19:17/m,
    );
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it(
    'lesson --grade: a scenario check on a runaway design fails, the rest are graded',
    { timeout: 60_000 },
    async () => {
      const lesson =
        'apiVersion: eventflow.dev/v1alpha1\nkind: Lesson\nid: runaway\ntitle: t\ngoal: g\nchecks:\n  - title: sends one\n    hint: h\n    scenario:\n      steps: [{send: webhook/build, body: {}}]\n      expect: []\n';
      const dir = scratch({ 'l.lesson.yaml': lesson, 'd.yaml': JQ });
      const r = await run(['lesson', 'l.lesson.yaml', '--grade', 'd.yaml', '--timeout', '1s'], {
        cwd: dir,
        engine,
      });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /found: the check was stopped in step 1 \(send webhook\/build\): it ran past its time budget of 1 s per step while running the jq program `def f: f; f`/,
      );
    },
  );
});

// `tap` keeps one simulation in the worker: the design goes once, the waiting state stays there.
describe('a follow session in the engine worker', () => {
  const AND = [
    {
      kind: 'Sensor',
      value: {
        metadata: { name: 's' },
        spec: {
          dependencies: [
            { name: 'a', eventSourceName: 'w', eventName: 'a' },
            { name: 'b', eventSourceName: 'w', eventName: 'b' },
          ],
          triggers: [{ template: { name: 't', conditions: 'a && b', log: {} } }],
        },
      },
    },
  ];
  const event = (name: string) => ({
    type: 'sensor-event' as const,
    event: {
      context: {
        id: `${name}`.repeat(32),
        source: 'w',
        subject: name,
        type: 'webhook',
        specversion: '1.0',
        time: '2026-01-01T00:00:00Z',
        datacontenttype: 'application/json',
      },
      data: '{}',
    },
  });

  it(
    'holds an event from one call to the next, and reports what each trigger holds',
    { timeout: 60_000 },
    async () => {
      const engine = workerEngine(new URL('./devWorker.mjs', import.meta.url))({
        stepTimeoutMs: 5000,
        memoryMb: 256,
      });
      const seed = initialSimState(0);
      const first = await engine.follow('k1', AND, seed, [event('a')]);
      expect(first.ok && first.value.firings).toEqual([]);
      expect(first.ok && Object.keys(first.value.held.triggers['/s/t']!.held)).toEqual(['a']);
      const second = await engine.follow('k1', AND, seed, [event('b')]);
      expect(second.ok && second.value.firings.map((f) => f.trigger)).toEqual(['t']);
      // A new key starts again from its seed: the held a is gone, so b alone waits.
      const other = await engine.follow('k2', AND, seed, [event('b')]);
      expect(other.ok && other.value.firings).toEqual([]);
      engine.close();
    },
  );
});
