// The simulator's 10,000-event burst in the browser: the longest main-thread task while the worker
// streams its results into the timeline, on an idle machine and with every core kept busy.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { Browser } from '@playwright/test';

export interface BurstBench {
  /** Longest task the Long Tasks API saw (tasks over 50 ms), else the longest gap between frames. */
  idleMs: number;
  loadedMs: number;
  /**
   * What `idleMs`/`loadedMs` are: long tasks (with what the frame that held the longest one ran,
   * from the Long Animation Frames API), or frame gaps when there was no long task.
   */
  idleKind: string;
  loadedKind: string;
  loadedBy: number;
  burstMs: number;
}

// In-page code goes as text: tsx would wrap named functions in a helper the page does not have.
const WATCH = `(() => {
  window.__longest = 0;
  window.__longestAt = 0;
  window.__frames = [];
  window.__frameGap = 0;
  window.__watching = true;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.duration > window.__longest) {
        window.__longest = e.duration;
        window.__longestAt = e.startTime;
      }
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__frames.push(e);
  }).observe({ type: 'long-animation-frame' });
  let last = performance.now();
  const tick = (t) => {
    window.__frameGap = Math.max(window.__frameGap, t - last);
    last = t;
    if (window.__watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

// The scripts of the frame that held the longest task, and the frame's own style, layout and paint.
const HELD = `(() => {
  window.__watching = false;
  const f = window.__frames.find((f) => f.startTime <= window.__longestAt + 1 && window.__longestAt <= f.startTime + f.duration);
  const scripts = f ? f.scripts.map((s) => (s.sourceFunctionName || s.invoker) + ' ' + Math.round(s.duration) + ' ms') : [];
  if (f && f.renderStart) scripts.push('rendering ' + Math.round(f.startTime + f.duration - f.renderStart) + ' ms');
  return { longest: window.__longest, gap: window.__frameGap, held: scripts.join(', ') };
})()`;

const SENDING = `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Sending…')`;

async function oneBurst(browser: Browser, base: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
  });
  try {
    await context.addInitScript(() => localStorage.setItem('eventflow:tour-done', '1'));
    const page = await context.newPage();
    await page.goto(base);
    // The YAML editor loads after the page (Monaco and its language worker): measured from when
    // it shows the design, so its start-up is not counted as the burst's.
    await page.waitForFunction(
      `document.querySelector('[data-testid="yaml.editor"] .view-lines')?.textContent.includes('kind:')`,
    );
    await page.getByRole('tab', { name: 'Simulator' }).click();
    const sim = page.getByRole('tabpanel', { name: 'Simulator' });
    // One event first, so the worker and the engine are loaded before measuring.
    await sim.getByRole('button', { name: 'Send event' }).click();
    await sim.getByTestId('simulator.summary').filter({ hasText: '1 trigger firing' }).waitFor();
    await sim.getByRole('combobox', { name: 'times' }).selectOption('10000');
    await page.waitForTimeout(1000);
    await page.evaluate(WATCH);
    const t0 = Date.now();
    await sim.getByRole('button', { name: 'Send event' }).click();
    // Waited for with a plain query, seldom: Playwright's role queries work out the accessible name
    // of every element in the page, a long task of their own (~100 ms here) on each poll.
    await page.waitForFunction(SENDING, undefined, { polling: 50 });
    await page.waitForFunction(`!${SENDING}`, undefined, { polling: 1000, timeout: 600_000 });
    const burstMs = Date.now() - t0;
    await page.waitForTimeout(200);
    const { longest, gap, held } = (await page.evaluate(HELD)) as {
      longest: number;
      gap: number;
      held: string;
    };
    return longest > 0
      ? { ms: longest, kind: `long task${held ? `: ${held}` : ''}`, burstMs }
      : { ms: gap, kind: 'no long task; worst frame gap', burstMs };
  } finally {
    await context.close();
  }
}

/** Busy-loops, one per core, until stopped: the "loaded machine". */
function loadEveryCore(): { count: number; stop: () => void } {
  const count = availableParallelism();
  const busy: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  return { count, stop: () => busy.forEach((p) => p.kill()) };
}

export async function benchBurst(browser: Browser, base: string): Promise<BurstBench> {
  const idle = await oneBurst(browser, base);
  const load = loadEveryCore();
  try {
    const loaded = await oneBurst(browser, base);
    return {
      idleMs: idle.ms,
      idleKind: idle.kind,
      loadedMs: loaded.ms,
      loadedKind: loaded.kind,
      loadedBy: load.count,
      burstMs: idle.burstMs,
    };
  } finally {
    load.stop();
  }
}
