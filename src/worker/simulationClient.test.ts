import { describe, expect, it, vi } from 'vitest';
import { handleRequest, PROTOCOL_VERSION, type SimRequest, type SimResponse } from './protocol';
import {
  createSimulationClient,
  SimulationTimeoutError,
  type StepResult,
  type WorkerLike,
} from './simulationClient';
import { CHUNK_DETAIL_CHARS, CHUNK_MS, CHUNK_STEPS } from './protocol';
import type { SimManifest } from '../engine/simulate/simDesign';
import type { StepDetail } from './messages';
import type { SimManifestsInput } from './manifestsText';
import type { SimState } from '../engine/simulate/simState';

const detailOf = (s: StepResult): StepDetail => JSON.parse(s.detail!);
const stateOf = (s: StepResult) => detailOf(s).state;

const MANIFESTS: SimManifest[] = [
  {
    kind: 'EventSource',
    value: {
      metadata: { name: 'webhook' },
      spec: { webhook: { build: { port: '12000', endpoint: '/build', method: 'POST' } } },
    },
  },
  {
    kind: 'Sensor',
    value: {
      metadata: { name: 's' },
      spec: {
        dependencies: [{ name: 'd', eventSourceName: 'webhook', eventName: 'build' }],
        triggers: [{ template: { name: 't', log: {} } }],
      },
    },
  },
];
const INPUTS = [
  { type: 'event' as const, source: 'webhook', eventName: 'build', payload: { body: '{"a":1}' } },
];

/** A worker that answers through handleRequest, or hangs like one stuck in a Lua loop. */
function fakeWorker(behaviour: 'answer' | 'hang' | 'hang-in-jq', log: string[]): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(msg: SimRequest) {
      log.push('post');
      if (behaviour === 'answer')
        void handleRequest(msg, (data) => w.onmessage?.({ data })).then((data: SimResponse) =>
          w.onmessage?.({ data }),
        );
      if (behaviour === 'hang-in-jq')
        w.onmessage?.({
          data: {
            id: msg.id,
            protocolVersion: PROTOCOL_VERSION,
            type: 'progress',
            jq: 'repeat(.)',
          },
        });
    },
    terminate() {
      log.push('terminate');
    },
  };
  return w;
}

describe('worker protocol', () => {
  it('answers a run with the scenario result', async () => {
    const res = await handleRequest({
      id: 7,
      protocolVersion: PROTOCOL_VERSION,
      type: 'run',
      manifests: MANIFESTS,
      inputs: INPUTS,
      start: 0,
    });
    expect(res.type === 'result' && res.result.firings.map((f) => f.trigger)).toEqual(['t']);
    expect(res.id).toBe(7);
  });

  it('refuses another protocol version and never throws on garbage', async () => {
    expect((await handleRequest({ id: 1, protocolVersion: 99, type: 'ping' })).type).toBe('error');
    const res = await handleRequest({
      id: 2,
      protocolVersion: PROTOCOL_VERSION,
      type: 'run',
      manifests: null as unknown as SimManifest[],
      inputs: [],
      start: 0,
    });
    expect(res.type).toBe('error');
  });
});

describe('simulation client', () => {
  it('runs on the main thread when there is no Worker', async () => {
    const client = createSimulationClient({ createWorker: () => null });
    expect((await client.run(MANIFESTS, INPUTS, 0)).firings).toHaveLength(1);
  });

  it('uses a worker when there is one', async () => {
    const log: string[] = [];
    const client = createSimulationClient({ createWorker: () => fakeWorker('answer', log) });
    expect((await client.run(MANIFESTS, INPUTS, 0)).firings).toHaveLength(1);
    expect(log).toEqual(['post']);
  });

  it('stops a runaway request, then starts a fresh worker for the next one', async () => {
    const log: string[] = [];
    let made = 0;
    const client = createSimulationClient({
      timeoutMs: 50,
      coldStartMs: 0,
      createWorker: () => fakeWorker(made++ === 0 ? 'hang' : 'answer', log),
    });
    await expect(client.run(MANIFESTS, INPUTS, 0)).rejects.toBeInstanceOf(SimulationTimeoutError);
    expect(log).toEqual(['post', 'terminate']);
    expect((await client.run(MANIFESTS, INPUTS, 0)).firings).toHaveLength(1);
    expect(made).toBe(2);
  });

  it('gives a new worker time to start before the budget counts, once', async () => {
    // A worker that answers after 80 ms: too slow for a 50 ms budget, except on its first request.
    const log: string[] = [];
    const slow = (): WorkerLike => {
      const w = fakeWorker('answer', log);
      const post = w.postMessage.bind(w);
      w.postMessage = (m) => void setTimeout(() => post(m), 80);
      return w;
    };
    const client = createSimulationClient({ timeoutMs: 50, coldStartMs: 1000, createWorker: slow });
    expect((await client.run(MANIFESTS, INPUTS, 0)).firings).toHaveLength(1);
    await expect(client.run(MANIFESTS, INPUTS, 0)).rejects.toBeInstanceOf(SimulationTimeoutError);
  });

  it('says which jq transform it stopped', async () => {
    const withJq: SimManifest[] = [
      MANIFESTS[0]!,
      {
        kind: 'Sensor',
        value: {
          metadata: { name: 's' },
          spec: {
            dependencies: [
              {
                name: 'd',
                eventSourceName: 'webhook',
                eventName: 'build',
                transform: { jq: 'repeat(.)' },
              },
            ],
            triggers: [{ template: { name: 't', log: {} } }],
          },
        },
      },
    ];
    const client = createSimulationClient({
      timeoutMs: 50,
      coldStartMs: 0,
      createWorker: () => fakeWorker('hang-in-jq', []),
    });
    await expect(client.run(withJq, INPUTS, 0)).rejects.toThrow(
      'was stopped in the jq transform of s/d (`repeat(.)`): a jq program that does not end?',
    );
  });

  it('the worker reports each jq program before it runs it', async () => {
    const withJq: SimManifest[] = [
      MANIFESTS[0]!,
      {
        kind: 'Sensor',
        value: {
          metadata: { name: 's' },
          spec: {
            dependencies: [
              {
                name: 'd',
                eventSourceName: 'webhook',
                eventName: 'build',
                transform: { jq: '.body.a += 1' },
              },
            ],
            triggers: [{ template: { name: 't', log: {} } }],
          },
        },
      },
    ];
    const seen: string[] = [];
    const res = await handleRequest(
      {
        id: 3,
        protocolVersion: PROTOCOL_VERSION,
        type: 'run',
        manifests: withJq,
        inputs: INPUTS,
        start: 0,
      },
      (p) => p.type === 'progress' && seen.push(`${p.id} ${p.jq}`),
    );
    expect(res.type).toBe('result');
    expect(seen).toEqual(['3 .body.a += 1']);
  });
});

describe('manifests as JSON text', () => {
  it('runs, streams and checks the same from the text as from the list', async () => {
    const text = JSON.stringify(MANIFESTS);
    const base = { protocolVersion: PROTOCOL_VERSION, inputs: INPUTS, start: 0 } as const;
    const asList = await handleRequest({ ...base, id: 1, type: 'run', manifests: MANIFESTS });
    const asText = await handleRequest({ ...base, id: 1, type: 'run', manifests: text });
    expect(asText).toEqual(asList);
    const steps = async (manifests: SimManifestsInput) => {
      const got: StepResult[] = [];
      await handleRequest({ ...base, id: 2, type: 'stream', manifests }, (p) => {
        if (p.type === 'steps') got.push(...p.steps);
      });
      return got;
    };
    expect(await steps(text)).toEqual(await steps(MANIFESTS));
  });

  it('keeps only what has the shape of a manifest, and says so when the text is not JSON', async () => {
    const text = JSON.stringify([null, 3, { kind: 'Sensor' }, ...MANIFESTS]);
    const base = { protocolVersion: PROTOCOL_VERSION, inputs: INPUTS, start: 0 } as const;
    expect(await handleRequest({ ...base, id: 1, type: 'run', manifests: text })).toEqual(
      await handleRequest({ ...base, id: 1, type: 'run', manifests: MANIFESTS }),
    );
    const bad = await handleRequest({ ...base, id: 3, type: 'run', manifests: '[{' });
    expect(bad).toMatchObject({
      type: 'error',
      error: expect.stringMatching(/^simulation failed/),
    });
  });
});

describe('streamed bursts', () => {
  const burst = (n: number) => Array.from({ length: n }, () => INPUTS[0]!);

  it('sends a burst in chunks, in order, each step with its own trace and state', async () => {
    const chunks: number[] = [];
    const res = await handleRequest(
      {
        id: 7,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: burst(CHUNK_STEPS * 2 + 5),
        start: 0,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps.length),
    );
    expect(res).toMatchObject({ type: 'done', count: CHUNK_STEPS * 2 + 5 });
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(CHUNK_STEPS * 2 + 5);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(CHUNK_STEPS);
  });

  it("hands on the step before's maps when a step did the same, so a message carries them once", async () => {
    const chunks: StepResult[][] = [];
    const advance = { type: 'advance' as const, ms: 1000 };
    await handleRequest(
      {
        id: 8,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: [INPUTS[0]!, INPUTS[0]!, advance, INPUTS[0]!],
        start: 0,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps),
    );
    const steps = chunks.flat();
    expect(steps[1]!.outcomes).toBe(steps[0]!.outcomes);
    expect(steps[1]!.counts).toBe(steps[0]!.counts);
    expect(steps[2]!.outcomes).not.toBe(steps[1]!.outcomes);
    expect(steps[3]!.outcomes).toEqual(steps[0]!.outcomes);
    expect(steps[0]!.outcomes.size).toBeGreaterThan(0);
    // A structured clone (what postMessage makes) keeps the sharing.
    const [copy] = chunks.map((c) => structuredClone(c));
    expect(copy![1]!.outcomes).toBe(copy![0]!.outcomes);
  });

  it("sends the seen-event ids only in each chunk's last state, the one to go on from", async () => {
    const chunks: StepResult[][] = [];
    await handleRequest(
      {
        id: 9,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: burst(CHUNK_STEPS + 3),
        start: 0,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps),
    );
    const seenIn = (state: SimState) => Object.keys(state.triggers['/s/t']!.seen).length;
    const resumed = (s: StepResult): SimState => JSON.parse(s.resume!);
    const [first] = chunks;
    // No step's view carries them; only the last of a chunk has a state to go on from, with
    // every step so far (the chunks' sizes depend on how much detail each step has).
    expect(chunks.flat().every((s) => seenIn(stateOf(s)) === 0)).toBe(true);
    expect(chunks.every((c) => c.slice(0, -1).every((s) => s.resume === undefined))).toBe(true);
    let sofar = 0;
    for (const c of chunks) expect(seenIn(resumed(c.at(-1)!))).toBe((sofar += c.length));
    expect(sofar).toBe(CHUNK_STEPS + 3);
    // What the timeline shows of a step is all there: the clock, what is held and pending.
    expect(stateOf(first![5]!).nowMs).toBe(resumed(first!.at(-1)!).nowMs);
    expect(stateOf(first![5]!).actions).toEqual([]);
  });

  it("sends the details of the last steps only, and of each chunk's last, when told how many to keep", async () => {
    const chunks: StepResult[][] = [];
    const n = CHUNK_STEPS * 2 + 5;
    await handleRequest(
      {
        id: 10,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: burst(n),
        start: 0,
        keepDetails: 10,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps),
    );
    const withDetail = chunks.flatMap((c) =>
      c.flatMap((s, i) => (s.detail === undefined ? [] : [[c.length, i]])),
    );
    const all = chunks.flat();
    expect(all).toHaveLength(n);
    // The last ten (195–204), and every chunk's last: the first's (99) besides those.
    expect(chunks.map((c) => c.length)).toEqual([CHUNK_STEPS, CHUNK_STEPS, 5]);
    expect(all.slice(-10).every((s) => s.detail !== undefined)).toBe(true);
    expect(withDetail.length).toBe(11);
    expect(chunks.every((c) => c.at(-1)!.detail !== undefined)).toBe(true);
    // The outcome of a step without details is still there for the canvas and the timeline.
    expect(all[3]!.detail).toBeUndefined();
    expect(all[3]!.fired).toBe(1);
    // A chunk's last step shows the state after it.
    expect(stateOf(chunks[0]!.at(-1)!).seq).toBe(JSON.parse(chunks[0]!.at(-1)!.resume!).seq);
  });

  it('closes a chunk when its details reach CHUNK_DETAIL_CHARS, so no message is a megabyte', async () => {
    const chunks: StepResult[][] = [];
    await handleRequest(
      {
        id: 12,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: burst(CHUNK_STEPS * 3),
        start: 0,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps),
    );
    const chars = (c: StepResult[]) => c.reduce((n, s) => n + (s.detail?.length ?? 0), 0);
    const one = chunks[0]![0]!.detail!.length;
    expect(chunks.flat()).toHaveLength(CHUNK_STEPS * 3);
    // Every step has details here, so the size bound, not the step count, closes the chunks.
    expect(one * CHUNK_STEPS).toBeGreaterThan(CHUNK_DETAIL_CHARS);
    expect(chunks.length).toBeGreaterThan(3);
    // A chunk's last step also carries the state to go on from, so it may pass the bound by one.
    expect(chunks.every((c) => chars(c.slice(0, -1)) < CHUNK_DETAIL_CHARS)).toBe(true);
  });

  it('writes the details as ASCII text, which reads back to the same words', async () => {
    const steps: StepResult[] = [];
    const named: SimManifest[] = [
      MANIFESTS[0]!,
      { kind: 'Sensor', value: { ...MANIFESTS[1]!.value, metadata: { name: 's’é😀' } } },
    ];
    await handleRequest(
      {
        id: 11,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: named,
        inputs: burst(2),
        start: 0,
      },
      (p) => p.type === 'steps' && steps.push(...p.steps),
    );
    expect(steps.every((s) => /^[ -~]*$/.test(s.detail! + s.resume))).toBe(true);
    expect(detailOf(steps[0]!).firings[0]!.sensor).toBe('s’é😀');
  });

  it('with a clock, closes a chunk after CHUNK_MS of work however few steps it has', async () => {
    let t = 0;
    const chunks: number[] = [];
    await handleRequest(
      {
        id: 8,
        protocolVersion: PROTOCOL_VERSION,
        type: 'stream',
        manifests: MANIFESTS,
        inputs: burst(4),
        start: 0,
      },
      (p) => p.type === 'steps' && chunks.push(p.steps.length),
      // Every reading of the clock is CHUNK_MS later: each step is a chunk of its own.
      { now: () => (t += CHUNK_MS) },
    );
    expect(chunks).toEqual([1, 1, 1, 1]);
  });

  it('hands the client every step through a worker, one firing each', async () => {
    const client = createSimulationClient({ createWorker: () => fakeWorker('answer', []) });
    const got: StepResult[] = [];
    await client.stream(MANIFESTS, burst(250), 0, (steps) => got.push(...steps));
    expect(got).toHaveLength(250);
    expect(got.every((s) => s.fired === 1 && s.failed === 0 && s.summary.length > 0)).toBe(true);
    // The details come as text (read only for the step on show), and hold the step's firing.
    expect(got.every((s) => typeof s.detail === 'string')).toBe(true);
    expect(detailOf(got[7]!).firings).toHaveLength(1);
    expect(detailOf(got[7]!).triggerSpecs).toEqual({ 's/t': {} });
    // Each step starts from the state the one before it left.
    expect(stateOf(got[1]!).seq).toBeGreaterThan(stateOf(got[0]!).seq);
    client.dispose();
  });

  it('streams on the main thread too when there is no worker', async () => {
    const client = createSimulationClient({ createWorker: () => null });
    let n = 0;
    await client.stream(MANIFESTS, burst(3), 0, (steps) => (n += steps.length));
    expect(n).toBe(3);
  });

  it('gives each chunk a fresh watchdog budget, and still stops a stream that hangs', async () => {
    const log: string[] = [];
    let w: WorkerLike | null = null;
    const client = createSimulationClient({
      timeoutMs: 30,
      coldStartMs: 0,
      createWorker: () => {
        w = {
          onmessage: null,
          onerror: null,
          postMessage(msg: SimRequest) {
            log.push('post');
            // Three chunks 20 ms apart (60 ms in all, past one 30 ms budget), then silence.
            let sent = 0;
            const tick = setInterval(() => {
              if (sent++ === 3) return clearInterval(tick);
              w?.onmessage?.({
                data: { id: msg.id, protocolVersion: PROTOCOL_VERSION, type: 'steps', steps: [] },
              });
            }, 20);
          },
          terminate: () => log.push('terminate'),
        };
        return w;
      },
    });
    let chunks = 0;
    vi.useFakeTimers();
    try {
      const done = client.stream(MANIFESTS, burst(1), 0, () => chunks++);
      const failed = expect(done).rejects.toBeInstanceOf(SimulationTimeoutError);
      await vi.advanceTimersByTimeAsync(200);
      await failed;
    } finally {
      vi.useRealTimers();
    }
    expect(chunks).toBe(3);
    expect(log).toEqual(['post', 'terminate']);
  });
});
