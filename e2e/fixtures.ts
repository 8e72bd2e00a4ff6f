import { test as base, expect, type Browser, type Page } from '@playwright/test';

/** Console messages a test may tolerate (none so far): anything else fails the test. */
const ALLOWED_CONSOLE: RegExp[] = [];

/**
 * A `page` that fails the test on any uncaught page error and on any console error or warning,
 * so broken workers, 404s and React warnings cannot slip through.
 */
export const test = base.extend<{ page: Page; showTour: boolean }>({
  /** The first-run tour is off unless a test asks for it, so it does not cover what others test. */
  showTour: [false, { option: true }],
  page: async ({ page, showTour }, use) => {
    if (!showTour) await page.addInitScript(() => localStorage.setItem('eventflow:tour-done', '1'));
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (
        (msg.type() === 'error' || msg.type() === 'warning') &&
        !ALLOWED_CONSOLE.some((re) => re.test(msg.text()))
      ) {
        problems.push(`console.${msg.type()}: ${msg.text()}`);
      }
    });
    await use(page);
    expect(problems, 'page errors and console errors/warnings').toEqual([]);
  },
});

/**
 * A page in a new browser context (another user, or a fresh browser opening a link), past the
 * first-run tour, with the page errors it raises collected in `errors`.
 */
export async function freshBrowserPage(
  browser: Browser,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('eventflow:tour-done', '1'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

export { expect };
