// The benchmark itself; scripts/bench.ts bundles it like the app is bundled and runs it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { compileSimDesign, type SimManifest } from '../src/engine/simulate/simDesign';
import { initialSimState } from '../src/engine/simulate/simState';
import { step } from '../src/engine/simulate/step';
import type { SensorEvent } from '../src/engine/event';
import { writeFileSync } from 'node:fs';
import { benchDesigner, benchExamples, bestOf } from './benchDesigner';
import { PROTOCOL_VERSION } from '../src/worker/protocol';
import { benchScaling } from './benchScaling';

const MANIFESTS: SimManifest[] = [
  {
    kind: 'Sensor',
    value: {
      metadata: { name: 'orders' },
      spec: {
        dependencies: [
          {
            name: 'paid',
            eventSourceName: 'shop',
            eventName: 'order',
            filters: {
              data: [
                { path: 'body.status', type: 'string', value: ['^paid$'] },
                { path: 'body.total', type: 'number', value: ['100'], comparator: '>=' },
              ],
            },
          },
          {
            name: 'eu',
            eventSourceName: 'shop',
            eventName: 'order',
            filters: {
              exprs: [
                {
                  expr: 'country == "DE" || country == "FR"',
                  fields: [{ name: 'country', path: 'body.customer.country' }],
                },
              ],
            },
          },
          {
            name: 'big',
            eventSourceName: 'shop',
            eventName: 'order',
            filters: {
              data: [{ path: 'body.items.#', type: 'number', value: ['3'], comparator: '>' }],
              exprs: [{ expr: 'total > 500', fields: [{ name: 'total', path: 'body.total' }] }],
            },
          },
        ],
        triggers: [
          { template: { name: 'all', conditions: 'paid && eu && big', log: {} } },
          { template: { name: 'any', conditions: 'paid || big', log: {} } },
        ],
      },
    },
  },
];

function payload(i: number): string {
  const items = Array.from({ length: 6 }, (_, k) => ({
    sku: `sku-${i}-${k}`,
    name: `Item number ${k} of order ${i}`,
    qty: (k % 3) + 1,
    price: 19.99 + k,
  }));
  return JSON.stringify({
    header: { 'Content-Type': ['application/json'], 'X-Request-Id': [`req-${i}`] },
    body: {
      id: `order-${i}`,
      status: i % 4 === 0 ? 'pending' : 'paid',
      total: 50 + (i % 900),
      currency: 'EUR',
      customer: {
        id: `c-${i % 97}`,
        country: ['DE', 'FR', 'US', 'NL'][i % 4],
        email: `user${i}@example.com`,
      },
      items,
      note: 'Leave at the door, please. Thanks!',
    },
  });
}

const N = Number(process.env.BENCH_EVENTS ?? 20_000);
const events: SensorEvent[] = Array.from({ length: N }, (_, i) => ({
  context: {
    id: `e${i}`,
    source: 'shop',
    subject: 'order',
    type: 'webhook',
    specversion: '1.0',
    time: '2026-01-01T00:00:00Z',
    datacontenttype: 'application/json',
  },
  data: payload(i),
}));
const avgBytes = Math.round(events.reduce((s, e) => s + (e.data?.length ?? 0), 0) / N);
const design = compileSimDesign(MANIFESTS);

function engineRun(): number {
  let state = initialSimState(Date.UTC(2026, 0, 1));
  let fired = 0;
  for (const event of events) {
    const r = step(design, state, { type: 'sensor-event', event }, { inPlace: true });
    state = r.state;
    fired += r.firings.length;
  }
  return fired;
}

const engineMs = bestOf(engineRun);
const parseMs = bestOf(() => events.map((e) => JSON.parse(e.data ?? '') as unknown));
const perSecond = Math.round((N / engineMs) * 1000);

// A 10,000-event burst in a worker thread while the main thread measures its own longest stall.
const burst = await new Promise<{ workerMs: number; maxStallMs: number }>((resolve, reject) => {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const worker = new Worker(new URL('./benchWorker.mjs', import.meta.url), {
    workerData: {
      id: 1,
      protocolVersion: PROTOCOL_VERSION,
      type: 'run',
      manifests: [
        ...MANIFESTS,
        {
          kind: 'EventSource',
          value: {
            metadata: { name: 'shop' },
            spec: { webhook: { order: { port: '12000', endpoint: '/order', method: 'POST' } } },
          },
        },
      ],
      inputs: events.slice(0, 10_000).map((e) => ({ type: 'sensor-event', event: e })),
      start: Date.UTC(2026, 0, 1),
    },
  });
  worker.on('message', (type) => {
    histogram.disable();
    if (type !== 'result') reject(new Error(`worker answered ${String(type)}`));
    resolve({ workerMs: performance.now() - started, maxStallMs: histogram.max / 1e6 });
    void worker.terminate();
  });
  worker.on('error', reject);
});

// The same 10,000 events on the main thread: the stall the worker saves the page from.
const mainThreadBurstMs = bestOf(() => {
  let state = initialSimState(Date.UTC(2026, 0, 1));
  for (const event of events.slice(0, 10_000))
    state = step(design, state, { type: 'sensor-event', event }, { inPlace: true }).state;
}, 1);

const designer = benchDesigner();
const examples = benchExamples();
const scaling = benchScaling();

const results = {
  events: N,
  avgBytes,
  perSecond,
  engineMs,
  parseMs,
  burstWorkerMs: burst.workerMs,
  burstMaxStallMs: burst.maxStallMs,
  mainThreadBurstMs,
  nodes: designer.nodes,
  textToCanvasNodeMs: designer.textToCanvasMs,
  yamlParseMs: designer.yamlParseMs,
  examples: examples.files,
  importAllMs: examples.importMs,
  examplesYamlParseMs: examples.yamlParseMs,
  scaling,
};
writeFileSync(process.env.BENCH_OUT ?? '.tmp/bench/body.json', JSON.stringify(results));
