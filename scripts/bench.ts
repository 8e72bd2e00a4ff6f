// `npm run bench`: throughput of the sensor engine and main-thread responsiveness during a burst.
// The engine is bundled for Node the way Vite bundles it for the app (tsx's dev transform adds
// per-closure overhead that would distort the figures), then run. Goals live here, not in tests.
import { benchCli } from './benchCli';
import { benchTap } from './benchTap';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { ScalingRow } from './benchScaling';
import type { BurstBench } from './benchBurst';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.tmp/bench');
await build({
  root,
  logLevel: 'warn',
  configFile: false,
  plugins: [],
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        benchBody: join(root, 'scripts/benchBody.ts'),
        benchWorker: join(root, 'scripts/benchWorker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const bodyOut = join(outDir, 'body.json');
const r = spawnSync(process.execPath, ['--expose-gc', join(outDir, 'benchBody.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_OUT: bodyOut },
});
if (r.status !== 0) process.exit(r.status ?? 1);
const b = JSON.parse(readFileSync(bodyOut, 'utf8')) as Record<string, number> & {
  scaling: ScalingRow[];
};
const n = (k: string) => b[k]!;

interface Row {
  measure: string;
  value: string;
  baseline: string;
  ratio: number;
  goal: string;
}
const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const rows: Row[] = [
  {
    measure: `engine throughput (${n('events').toLocaleString('en-US')} events, ${n('avgBytes')} B each)`,
    value: `${n('perSecond').toLocaleString('en-US')} events/s`,
    baseline: `JSON.parse of the same payloads: ${ms(n('parseMs'))}`,
    ratio: n('engineMs') / n('parseMs'),
    goal: '≤ 10×',
  },
  {
    measure: `import + validate + layout, all ${n('examples')} upstream examples`,
    value: ms(n('importAllMs')),
    baseline: `YAML parse only: ${ms(n('examplesYamlParseMs'))}`,
    ratio: n('importAllMs') / n('examplesYamlParseMs'),
    goal: '≤ 20×',
  },
  {
    measure: 'longest main-thread task, 10,000-event burst (worker)',
    value: ms(n('burstMaxStallMs')),
    baseline: `same burst on the main thread: ${ms(n('mainThreadBurstMs'))}`,
    ratio: n('burstMaxStallMs') / n('mainThreadBurstMs'),
    goal: '≤ 0.05× (≤ 50 ms)',
  },
];

const cli = benchCli(root);
rows.push(
  {
    measure: '`eventflow --version` start-up (the bundle, median of 15)',
    value: ms(cli.versionMs),
    baseline: `node -e 0: ${ms(cli.nodeMs)}`,
    ratio: cli.versionMs / cli.nodeMs,
    goal: '≤ 4×',
  },
  {
    measure: '`eventflow --help` start-up (loads every command)',
    value: ms(cli.helpMs),
    baseline: `node -e 0: ${ms(cli.nodeMs)}`,
    ratio: cli.helpMs / cli.nodeMs,
    goal: '(for reference)',
  },
);

// The live tap on a real nats-server (skipped, and said so, where nats-server is not installed).
const tap = await benchTap(root, join(root, '.tmp/bench-cli/eventflow.mjs'));
if (tap)
  rows.push(
    {
      measure: `\`eventflow tap\` following ${tap.events.toLocaleString('en-US')} live events (full trace, JSON lines)`,
      value: `${Math.round((tap.events / tap.tapMs) * 1000).toLocaleString('en-US')} events/s`,
      baseline: `plain subscriber, decode only: ${Math.round((tap.events / tap.plainMs) * 1000).toLocaleString('en-US')} events/s`,
      ratio: tap.tapMs / tap.plainMs,
      goal: '≤ 10×',
    },
    {
      measure: 'publish → printed line, one event at a time (median of 40)',
      value: ms(tap.latencyMs),
      baseline: '',
      ratio: NaN,
      goal: '≤ 50 ms',
    },
  );
else console.log('bench: nats-server is not installed; the tap lines are left out');

if (process.env.BENCH_BROWSER !== '0') {
  const { benchBrowser } = await import('./benchBrowser');
  const w = await benchBrowser();
  rows.push(
    {
      measure: `canvas pan, ${w.nodes} nodes (headless, software GL)`,
      value: `${w.appFps.toFixed(0)} fps`,
      baseline: `bare React Flow, same nodes: ${w.bareFps.toFixed(0)} fps`,
      ratio: w.bareFps / w.appFps,
      goal: '≤ 1.5× (≥ 50 fps)',
    },
    typeof w.textToCanvasMs === 'number'
      ? {
          measure: `text edit → canvas, ${w.nodes} nodes (browser, median of 5)`,
          value: ms(w.textToCanvasMs),
          baseline: `YAML parse of that text (Node): ${ms(n('yamlParseMs'))}`,
          ratio: w.textToCanvasMs / n('yamlParseMs'),
          goal: '≤ 200 ms',
        }
      : {
          measure: `text edit → canvas, ${w.nodes} nodes (browser, median of 5)`,
          value: `measurement error: ${w.textToCanvasMs.error}`,
          baseline: '',
          ratio: NaN,
          goal: '≤ 200 ms',
        },
    ...w.open.map((o) =>
      typeof o.longestTaskMs === 'number'
        ? {
            measure: `longest main-thread task while opening ${o.design} (browser, PerformanceObserver longtask)`,
            value: ms(o.longestTaskMs),
            baseline: `open → canvas shows it: ${ms(o.shownMs)} (${o.longTasks} tasks over 50 ms)`,
            ratio: o.longestTaskMs / o.shownMs,
            goal: '≤ 200 ms',
          }
        : {
            measure: `longest main-thread task while opening ${o.design} (browser, PerformanceObserver longtask)`,
            value: `measurement error: ${o.longestTaskMs.error}`,
            baseline: '',
            ratio: NaN,
            goal: '≤ 200 ms',
          },
    ),
    ...('error' in w.examples
      ? [
          {
            measure: 'open + validate + lay out the upstream examples as one design (browser)',
            value: `measurement error: ${w.examples.error}`,
            baseline: '',
            ratio: NaN,
            goal: '< 1.5 s',
          },
        ]
      : [
          {
            measure: `open + validate + lay out all ${w.examples.files} upstream examples as one design (${w.examples.nodes} nodes): time to interactive canvas (browser, best of 3)`,
            value: ms(w.examples.openMs),
            baseline: `one-file seed design (${w.examples.seedNodes} nodes): ${ms(w.examples.seedOpenMs)}`,
            ratio: w.examples.openMs / w.examples.seedOpenMs,
            goal: '< 1.5 s',
          },
          {
            measure: `canvas pan, the upstream examples as one design (${w.examples.nodes} nodes)`,
            value: `${w.examples.fps.toFixed(0)} fps`,
            baseline: `seed design: ${w.examples.seedFps.toFixed(0)} fps`,
            ratio: w.examples.seedFps / w.examples.fps,
            goal: '≥ 50 fps',
          },
        ]),
    ...burstRows(w.burst),
    {
      measure: 'initial JavaScript before Monaco (gzip)',
      value: `${w.initialJsGzipKb.toFixed(0)} KB`,
      baseline: `bare React Flow page: ${w.bareInitialJsGzipKb.toFixed(0)} KB`,
      ratio: w.initialJsGzipKb / w.bareInitialJsGzipKb,
      goal: '≤ 400 KB',
    },
  );
} else {
  rows.push({
    measure: `text edit → canvas elements, ${n('nodes')} nodes (Node, no browser)`,
    value: ms(n('textToCanvasNodeMs')),
    baseline: `YAML parse of that text: ${ms(n('yamlParseMs'))}`,
    ratio: n('textToCanvasNodeMs') / n('yamlParseMs'),
    goal: '≤ 200 ms',
  });
}

function burstRows(b: BurstBench | { error: string }): Row[] {
  const measure = 'longest main-thread task, 10,000-event burst in the app (browser)';
  if ('error' in b)
    return [
      {
        measure,
        value: `measurement error: ${b.error.split('\n')[0]}`,
        baseline: '',
        ratio: NaN,
        goal: '≤ 50 ms',
      },
    ];
  return [
    {
      measure: `${measure}, ${b.idleKind}`,
      value: ms(b.idleMs),
      baseline: `same burst on the main thread (Node): ${ms(n('mainThreadBurstMs'))}`,
      ratio: b.idleMs / n('mainThreadBurstMs'),
      goal: '≤ 50 ms',
    },
    {
      measure: `… with all ${b.loadedBy} cores kept busy by other processes (${b.loadedKind})`,
      value: ms(b.loadedMs),
      baseline: `the burst took ${ms(b.burstMs)} in all, idle`,
      ratio: NaN,
      goal: '≤ 50 ms',
    },
  ];
}

const header = ['measure', 'value', 'baseline (same run)', 'ratio', 'goal'];
const cells = rows.map((row) => [
  row.measure,
  row.value,
  row.baseline,
  Number.isNaN(row.ratio)
    ? '—'
    : `${row.ratio < 0.1 ? row.ratio.toFixed(3) : row.ratio.toFixed(2)}×`,
  row.goal,
]);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const c of cells) console.log(`| ${c.join(' | ')} |`);

// Costs as designs grow: each size against the one before it, as a ratio per doubling of size
// (1× = constant, 2× = linear, 4× = quadratic). Goal ≤ 2.2× per doubling.
console.log('');
const scaleHeader = ['design', 'size', 'open', 'per doubling', 'one edit', 'per doubling'];
console.log(`| ${scaleHeader.join(' | ')} |`);
console.log(`|${scaleHeader.map(() => '---').join('|')}|`);
const perDoubling = (a: number, b: number, from: number, to: number) =>
  `${Math.pow(b / a, 1 / Math.log2(to / from)).toFixed(2)}×`;
b.scaling.forEach((row, i) => {
  const prev = b.scaling[i - 1];
  const same = prev?.series === row.series ? prev : undefined;
  console.log(
    `| ${[
      row.series,
      row.size.toLocaleString('en-US'),
      ms(row.openMs),
      same ? perDoubling(same.openMs, row.openMs, same.size, row.size) : '',
      ms(row.editMs),
      same ? perDoubling(same.editMs, row.editMs, same.size, row.size) : '',
    ].join(' | ')} |`,
  );
});
process.exit(0);
