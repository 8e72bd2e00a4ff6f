// Browser part of `npm run bench`: the longest main-thread task while the app opens a big design
// with the file chooser (issue 23: no task over 200 ms while opening any accepted file), seen by a
// PerformanceObserver for 'longtask' in real Chromium, with the time until the canvas shows it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { manyEvents, manyParts, manyResources, wideMapping } from '../src/test/bigDesigns';

export interface OpenRow {
  design: string;
  /** The longest task from the click on "Open as a new design" until the design settled. */
  longestTaskMs: number | { error: string };
  /** Tasks over 50 ms in that time, and from the click until the canvas shows the design. */
  longTasks: number;
  shownMs: number;
  /** Each task over 50 ms: [start after the click, duration], for finding what is left to split. */
  tasks?: [number, number][];
}

interface Case {
  design: string;
  files: { name: string; text: string }[];
  /** An accessible name on the canvas once the design is open (for the screenshot on failure). */
  shows: string;
}

/** Open: the store holds the files, nothing is being read any more, and the canvas draws nodes. */
const OPENED = (names: string[]) => `(() => {
  const files = window.__eventflow.getFiles().map((f) => f.path).sort().join('|');
  return files === ${JSON.stringify(names.sort().join('|'))} &&
    !document.querySelector('[aria-label="Reading the design"]') &&
    // A big design zoomed out is drawn as the overview picture, without node cards.
    (document.querySelectorAll('.react-flow__node').length > 0 || !!document.querySelector('.overview-layer[data-drawn]'));
})()`;

const CASES: Case[] = [
  {
    design: '5,000 events in one EventSource',
    files: [{ name: 'many-events.yaml', text: manyEvents(5000) }],
    shows: 'EventSource many',
  },
  {
    design: '5,000 resources over 5 files',
    files: manyResources(5000).map((f) => ({ name: f.path, text: f.text })),
    shows: 'Sensor sensor-0',
  },
  {
    // About 10 MiB, the largest file the app accepts.
    design: '130,000 events in one EventSource (10 MiB)',
    files: [{ name: 'many-events-10mib.yaml', text: manyEvents(130_000) }],
    shows: 'EventSource many',
  },
  {
    // Near the size limit at the document limit (2,000): 1,000 EventSources of 40 events and
    // 1,000 Sensors of 40 dependencies and 40 triggers, 122,000 nodes.
    design: '2,000 resources of 40 parts in one file (8.5 MiB)',
    files: [{ name: 'many-parts.yaml', text: manyParts(1000, 40) }],
    shows: 'Sensor sensor-0',
  },
  {
    design: '80,000 keys in one mapping',
    files: [{ name: 'wide.yaml', text: wideMapping(80_000) }],
    shows: 'EventSource wide',
  },
];

/** In-page code goes as text: tsx would wrap named functions in a helper the page does not have. */
const OBSERVE = `(() => {
  window.__longTasks = [];
  window.__observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  });
  window.__observer.observe({ type: 'longtask' });
  return performance.now();
})()`;

async function openOne(page: Page, base: string, c: Case): Promise<OpenRow> {
  await page.goto(`${base}?new`);
  await page.waitForFunction('Boolean(window.__eventflow)');
  await page.getByTestId('canvas').waitFor();
  // Let start-up work (Monaco, the worker, the first layout) finish before measuring.
  await page.waitForTimeout(1500);
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  await (
    await chooser
  ).setFiles(
    c.files.map((f) => ({
      name: f.name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(f.text),
    })),
  );
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  const open = dialog.getByRole('button', { name: 'Open as a new design' });
  await open.waitFor();
  const t0 = (await page.evaluate(OBSERVE)) as number;
  // BENCH_PROFILE=DIR writes a CPU profile of the opening (DevTools protocol) for each case.
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  await open.click();
  const shown = await page
    .waitForFunction(OPENED(c.files.map((f) => f.name)), undefined, {
      timeout: 180_000,
      polling: 100,
    })
    .then(() => page.evaluate('performance.now()') as Promise<number>)
    .catch(() => null);
  if (shown === null) {
    if (process.env.BENCH_SHOTS)
      await page.screenshot({ path: join(process.env.BENCH_SHOTS, `${c.files[0]!.name}.png`) });
    return {
      design: c.design,
      longestTaskMs: { error: 'the design did not open within 180 s' },
      longTasks: 0,
      shownMs: NaN,
    };
  }
  // What follows the first drawing (the editor model, the Problems list, the layout) counts too.
  await page.waitForTimeout(3000);
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(
      join(process.env.BENCH_PROFILE!, `${c.files[0]!.name}.cpuprofile`),
      JSON.stringify(profile),
    );
    await cdp.detach();
  }
  const tasks = (await page.evaluate(
    `(() => { window.__observer.takeRecords().forEach((e) => window.__longTasks.push({ start: e.startTime, ms: e.duration })); window.__observer.disconnect(); return window.__longTasks; })()`,
  )) as { start: number; ms: number }[];
  const after = tasks.filter((t) => t.start + t.ms >= t0);
  return {
    design: c.design,
    longestTaskMs: Math.max(0, ...after.map((t) => t.ms)),
    longTasks: after.length,
    shownMs: shown - t0,
    tasks: after.map((t) => [Math.round(t.start - t0), Math.round(t.ms)]),
  };
}

/** Opens each big design in a fresh page of `context`; a case that fails is reported, not thrown. */
export async function benchOpen(context: BrowserContext, base: string): Promise<OpenRow[]> {
  const only = process.env.BENCH_OPEN;
  const rows: OpenRow[] = [];
  for (const c of CASES.filter((x) => !only || x.design.includes(only))) {
    const page = await context.newPage();
    try {
      rows.push(await openOne(page, base, c));
    } catch (e) {
      rows.push({
        design: c.design,
        longestTaskMs: { error: String(e).split('\n')[0]! },
        longTasks: 0,
        shownMs: NaN,
      });
    } finally {
      await page.close();
    }
  }
  return rows;
}
