import { test, expect } from './fixtures';

const files = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window.__eventflow?.getFiles() ?? []).map((f) => f.text).join('\n'));

test('edits made just before the tab crashes are recovered when the design is opened again', async ({
  page,
  context,
  browser,
}) => {
  await page.goto('/');
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await page.evaluate(() => {
    const f = window.__eventflow!.getFiles()[0]!;
    window.__eventflow!.setFileText(f.path, `${f.text}# written a moment before the crash\n`);
  });
  // Kill the renderer at once, as a crash would: no pagehide, no pending autosave gets to run.
  const crashed = page.waitForEvent('crash');
  const info = await (await browser.newBrowserCDPSession()).send('SystemInfo.getProcessInfo');
  for (const p of info.processInfo.filter((x) => x.type === 'renderer'))
    process.kill(p.id, 'SIGKILL');
  await crashed;

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('status').filter({ hasText: 'were recovered' })).toBeVisible();
  expect(await files(again)).toContain('# written a moment before the crash');
});

test('two tabs editing one design: the second save keeps its version as a copy, nothing is overwritten', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId('design.name')).toHaveText('Event-driven build pipeline');

  const append = (line: string) => (p: typeof page) =>
    p.evaluate((l) => {
      const f = window.__eventflow!.getFiles()[0]!;
      window.__eventflow!.setFileText(f.path, `${f.text}${l}\n`);
    }, line);
  await append('# first tab')(page);
  await page.waitForTimeout(1000);
  await append('# second tab')(other);
  await expect(
    other.getByRole('status').filter({ hasText: 'was changed in another tab' }),
  ).toBeVisible();
  await expect(other.getByTestId('design.name')).toHaveText(
    'Event-driven build pipeline (this tab)',
  );

  const check = await context.newPage();
  await check.goto(url);
  await expect(
    check.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  expect(await files(check)).toContain('# first tab');
  expect(await files(check)).not.toContain('# second tab');
  await check.getByRole('button', { name: 'Designs' }).click();
  await expect(check.getByRole('dialog', { name: 'Designs' })).toContainText(
    'Event-driven build pipeline (this tab)',
  );
});

test('two tabs editing one design at the same moment: both edits are kept, every round', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
  const url = page.url();
  const other = await context.newPage();
  const append = (p: typeof page, line: string) =>
    p.evaluate((l) => {
      const f = window.__eventflow!.getFiles()[0]!;
      window.__eventflow!.setFileText(f.path, `${f.text}${l}\n`);
    }, line);
  for (let round = 0; round < 3; round++) {
    await Promise.all([page.goto(url), other.goto(url)]);
    await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
    await expect(other.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
    // Both edits land in the same instant, so both autosaves start from the same revision.
    await Promise.all([append(page, `# left ${round}`), append(other, `# right ${round}`)]);
    // One of the two is told its save met the other's, and kept its version as a copy.
    await expect
      .poll(async () =>
        (
          await Promise.all(
            [page, other].map((p) =>
              p.getByRole('status').filter({ hasText: 'another tab' }).count(),
            ),
          )
        ).reduce((a, b) => a + b),
      )
      .toBe(1);
  }
  const check = await context.newPage();
  await check.goto(url);
  await check.getByRole('button', { name: 'Designs' }).click();
  const dialog = check.getByRole('dialog', { name: 'Designs in this browser' });
  const names = await dialog
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  // Every edit is somewhere: in the design itself or in one of the "(this tab)" copies.
  const stored: string[] = [];
  for (const name of names) {
    await dialog.getByRole('button', { name, exact: true }).click();
    await expect(check.getByTestId('design.name')).toHaveText(name);
    stored.push(await files(check));
    await check.getByRole('button', { name: 'Designs' }).click();
  }
  for (let round = 0; round < 3; round++) {
    expect(stored.some((t) => t.includes(`# left ${round}`))).toBe(true);
    expect(stored.some((t) => t.includes(`# right ${round}`))).toBe(true);
  }
});

test('three tabs creating designs at once: the Designs list shows every one', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
  const tabs = await Promise.all([context.newPage(), context.newPage(), context.newPage()]);
  for (let round = 0; round < 4; round++)
    await Promise.all(
      tabs.map((t) => t.goto('/?new').then(() => t.getByTestId('design.name').waitFor())),
    );
  await page.reload();
  await page.getByRole('button', { name: 'Designs' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Designs in this browser' }).getByRole('listitem'),
  ).toHaveCount(13);
});

/** Makes IndexedDB writes fail like a full disk, from page start or when the test says so. */
async function quota(page: import('@playwright/test').Page, fromStart: boolean) {
  await page.addInitScript((start) => {
    const w = window as unknown as { __storageFull: boolean };
    w.__storageFull = start;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (w.__storageFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  }, fromStart);
}

test('when storage fills up the user is told, the work stays open, and saving resumes once there is room', async ({
  page,
}) => {
  await quota(page, false);
  await page.goto('/');
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await page.evaluate(
    () => ((window as unknown as { __storageFull: boolean }).__storageFull = true),
  );
  await page.evaluate(() => {
    const f = window.__eventflow!.getFiles()[0]!;
    window.__eventflow!.setFileText(f.path, `${f.text}# kept while storage is full\n`);
  });
  await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  expect(await files(page)).toContain('# kept while storage is full');
  await page.evaluate(
    () => ((window as unknown as { __storageFull: boolean }).__storageFull = false),
  );
  await page.evaluate(() => {
    const f = window.__eventflow!.getFiles()[0]!;
    window.__eventflow!.setFileText(f.path, `${f.text}# saved once there is room\n`);
  });
  await page.waitForTimeout(1000);
  const again = await page.context().newPage();
  await again.goto('/');
  await expect(
    again.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  expect(await files(again)).toContain('# saved once there is room');
});

test('a browser that stores nothing still opens the app, says so, and lets the user work', async ({
  page,
}) => {
  await quota(page, true);
  await page.goto('/');
  await expect(
    page.getByRole('status').filter({ hasText: 'would not store designs (storage is full)' }),
  ).toBeVisible();
  await expect(page.getByTestId('design.name')).toHaveText('Unsaved design');
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Designs' }).click();
  await page
    .getByRole('dialog', { name: 'Designs in this browser' })
    .getByRole('button', { name: 'New design' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'could not store the design (storage is full)' }),
  ).toBeVisible();
});
