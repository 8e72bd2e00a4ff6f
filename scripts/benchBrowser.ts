// Browser half of `npm run bench`: builds the app as shipped plus a bare React Flow page with the
// same 1,000 nodes, serves both, and measures in one Chromium run: the frame rate while panning
// each, the time from a text edit to the canvas showing it, the JavaScript loaded up front, and the
// longest main-thread task while opening big designs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './findChromium.mjs';
import { generateDesign } from './benchDesign';
import { benchOpen, type OpenRow } from './benchOpen';
import { loadExampleFiles } from '../src/test/exampleFiles';
import { benchBurst, type BurstBench } from './benchBurst';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.tmp/bench-web');

export interface BrowserBench {
  nodes: number;
  appFps: number;
  bareFps: number;
  appWorstFrameMs: number;
  textToCanvasMs: number | { error: string };
  initialJsGzipKb: number;
  bareInitialJsGzipKb: number;
  /** The longest main-thread task while opening each big design (scripts/benchOpen.ts). */
  open: OpenRow[];
  /** The whole upstream examples folder opened as one design, against the one-file seed design. */
  examples: ExamplesOpen | { error: string };
  burst: BurstBench | { error: string };
}

export interface ExamplesOpen {
  files: number;
  nodes: number;
  openMs: number;
  seedOpenMs: number;
  seedNodes: number;
  fps: number;
  seedFps: number;
}

/**
 * Time from opening files as the design to the first interactive canvas: the design read
 * (parsed, validated, laid out), its nodes drawn (as cards, or as the overview picture a big design
 * opens with), and the page free for input (a task after the next frame). Runs in the page; a design that does not show within 30 s is a measurement error.
 */
async function openTime(page: Page, files: { path: string; text: string }[]) {
  return (await page.evaluate(`(async () => {
    const hooks = window.__eventflow;
    const files = ${JSON.stringify(files)};
    // From an empty canvas, so what the last round drew cannot pass for this one.
    hooks.openFiles([{ path: 'empty.yaml', text: '' }]);
    await new Promise((resolve) => {
      const empty = () =>
        !document.querySelector('.react-flow__node') && !document.querySelector('.overview-layer')
          ? resolve(true)
          : requestAnimationFrame(empty);
      empty();
    });
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    hooks.openFiles(files);
    const shown = await new Promise((resolve) => {
      const check = () => {
        const g = hooks.graphSize();
        if (!g.reading && g.nodes > 0 && (document.querySelector('.react-flow__node') || document.querySelector('.overview-layer[data-drawn]'))) resolve(true);
        else if (performance.now() - t0 > 30000) resolve(false);
        else requestAnimationFrame(check);
      };
      check();
    });
    if (!shown) return { error: 'the design did not show within 30 s' };
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t0, nodes: hooks.graphSize().nodes };
  })()`)) as { ms: number; nodes: number } | { error: string };
}

/** The examples line: open each design three times (fastest counts), then pan it. */
async function benchExamplesOpen(page: Page): Promise<ExamplesOpen | { error: string }> {
  const examples = loadExampleFiles(join(root, 'third_party/argo-events/examples'));
  const seed = [
    {
      path: 'seed-build-pipeline.yaml',
      text: readFileSync(join(root, 'src/examples/seed-build-pipeline.yaml'), 'utf8'),
    },
  ];
  const best = async (files: typeof seed) => {
    let min: { ms: number; nodes: number } | null = null;
    for (let i = 0; i < 3; i++) {
      // Each round opens new text (as a new design would), so no parse cache answers.
      const round = files.map((f) => ({ ...f, text: `${f.text}\n# round ${i}\n` }));
      const r = await openTime(page, round);
      if ('error' in r) return r;
      if (!min || r.ms < min.ms) min = r;
    }
    return min!;
  };
  const seedOpen = await best(seed);
  if ('error' in seedOpen) return { error: `seed design: ${seedOpen.error}` };
  await page.waitForTimeout(500);
  const seedPan = await panFps(page);
  const all = await best(examples);
  if ('error' in all) return { error: `examples: ${all.error}` };
  await page.waitForTimeout(1000);
  const pan = await panFps(page);
  return {
    files: examples.length,
    nodes: all.nodes,
    openMs: all.ms,
    seedOpenMs: seedOpen.ms,
    seedNodes: seedOpen.nodes,
    fps: pan.fps,
    seedFps: seedPan.fps,
  };
}

/** Gzipped size of the scripts index.html loads before anything else (entry + modulepreloads). */
function initialJsGzipKb(page = 'index.html'): number {
  const html = readFileSync(join(outDir, page), 'utf8');
  const srcs = [
    ...html.matchAll(
      /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
    ),
  ].map((m) => m[1] ?? m[2]!);
  return (
    srcs.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(outDir, src.replace(/^\//, '')))).length,
      0,
    ) / 1024
  );
}

/** Frames per second while dragging the empty pane in circles for `ms`, and the longest frame. */
async function panFps(page: Page, ms = 3000): Promise<{ fps: number; worstMs: number }> {
  // In-page code goes as text: tsx would wrap named functions in a helper the page does not have.
  const spot = (await page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    for (let y = box.top + 20; y < box.bottom - 20; y += 15)
      for (let x = box.left + 20; x < box.right - 20; x += 15)
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!spot) throw new Error('no empty pane to drag');
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  const start = Date.now();
  for (let i = 0; Date.now() - start < ms; i++)
    await page.mouse.move(spot.x + 120 * Math.sin(i / 8), spot.y + 80 * Math.cos(i / 8));
  await page.mouse.up();
  const frames = (await page.evaluate(
    `(() => { window.__stop = true; return window.__frames; })()`,
  )) as number[];
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    fps: (frames.length - 1) / ((frames.at(-1)! - frames[0]!) / 1000),
    worstMs: Math.max(...gaps),
  };
}

/** The push event of a generated EventSource drawn inside the canvas, or null. */
const FIND_TARGET = `(() => {
  const canvas = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
  const el = [...document.querySelectorAll('.react-flow__node[data-id^="event:/hooks-"]')].find((n) => {
    const r = n.getBoundingClientRect();
    return /#webhook%2Fpush$/.test(n.dataset.id) && r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
  });
  return el ? decodeURIComponent(el.dataset.id.slice('event:/'.length, el.dataset.id.indexOf('#'))) : null;
})()`;

/**
 * Median time from a text edit to the canvas showing it, over 5 renames of an event in view. The
 * set-up brings one into view first (dragging the canvas towards the top left, where the layout
 * starts), and a set-up that fails is reported as a measurement error, not a crash.
 */
async function textToCanvasMs(page: Page): Promise<number | { error: string }> {
  let source = (await page.evaluate(FIND_TARGET)) as string | null;
  for (let attempt = 0; !source && attempt < 8; attempt++) {
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const spot = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    await page.mouse.move(spot.x + 300, spot.y + 300, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    source = (await page.evaluate(FIND_TARGET)) as string | null;
  }
  if (!source) return { error: 'no generated event came into view' };
  return (await page.evaluate(`(async () => {
    const hooks = window.__eventflow;
    const file = hooks.getFiles()[0];
    const source = ${JSON.stringify(source)};
    const times = [];
    for (let k = 0; k < 5; k++) {
      const name = 'renamed-' + k;
      const text = file.text.replace('name: ' + source + '\\nspec:\\n  webhook:\\n    push:\\n', 'name: ' + source + '\\nspec:\\n  webhook:\\n    ' + name + ':\\n');
      if (text === file.text) return { error: 'the edit did not apply' };
      const t0 = performance.now();
      hooks.setFileText(file.path, text);
      const seen = await new Promise((resolve) => {
        const check = () =>
          document.querySelector('[aria-label="Event ' + name + '"]')
            ? resolve(true)
            : performance.now() - t0 > 10000
              ? resolve(false)
              : requestAnimationFrame(check);
        check();
      });
      if (!seen) return { error: 'the renamed event did not appear within 10 s' };
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[2];
  })()`)) as number | { error: string };
}

export async function benchBrowser(): Promise<BrowserBench> {
  const executablePath = await findChromium('bench');
  // BENCH_SKIP_BUILD=1 re-measures the last build (for trying changes to the bench itself).
  if (process.env.BENCH_SKIP_BUILD !== '1')
    await build({
      root,
      logLevel: 'warn',
      // The measuring code drives the app through its test hook, which only e2e builds have.
      mode: 'e2e',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: {
          input: {
            main: join(root, 'index.html'),
            bare: join(root, 'bench/bare-flow.html'),
          },
        },
      },
    });
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { port: 4199, strictPort: true, host: '127.0.0.1' },
    build: { outDir },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4199/';
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Playwright gives each launch a fresh temporary profile.
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      // The measuring code is injected as strings, which the app's CSP (rightly) refuses to evaluate.
      bypassCSP: true,
    });
    const bare = await context.newPage();
    await bare.goto(`${base}bench/bare-flow.html`);
    await bare.waitForSelector('.react-flow__node');
    const nodes = await bare.locator('.react-flow__node').count();
    await bare.waitForTimeout(500);
    const bareRun = await panFps(bare);

    const app = await context.newPage();
    await app.goto(`${base}?new`);
    await app.waitForFunction('Boolean(window.__eventflow)');
    await app.evaluate(
      `window.__eventflow.setFileText('design.yaml', ${JSON.stringify(generateDesign(125))})`,
    );
    // Wait for the whole design in the store (the canvas may draw only the nodes in view).
    await app.waitForFunction(
      `(document.querySelectorAll('[aria-label^="EventSource hooks-"]').length > 0 || !!document.querySelector('.overview-layer')) && window.__eventflow.getFiles()[0].text.length > 100000`,
    );
    await app.waitForTimeout(1000);
    const appRun = await panFps(app);
    // The edit is measured on node cards: zoom in past the overview picture first.
    for (let i = 0; i < 20 && (await app.locator('.react-flow__node').count()) === 0; i++) {
      await app.getByRole('button', { name: 'Zoom In' }).click();
      await app.waitForTimeout(250);
    }
    const edit = await textToCanvasMs(app);
    await app.close();
    const open = await benchOpen(context, base);
    const examplesPage = await context.newPage();
    await examplesPage.goto(`${base}?new`);
    await examplesPage.waitForFunction('Boolean(window.__eventflow)');
    const examples = await benchExamplesOpen(examplesPage).catch((e: unknown) => ({
      error: e instanceof Error ? e.message : String(e),
    }));
    // A set-up that fails (a busy machine past the watchdog) is a measurement error, not a crash.
    const burst = await benchBurst(browser, base).catch((e: Error) => ({ error: e.message }));
    return {
      examples,
      burst,
      nodes,
      appFps: appRun.fps,
      bareFps: bareRun.fps,
      appWorstFrameMs: appRun.worstMs,
      textToCanvasMs: edit,
      initialJsGzipKb: initialJsGzipKb(),
      bareInitialJsGzipKb: initialJsGzipKb('bench/bare-flow.html'),
      open,
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
