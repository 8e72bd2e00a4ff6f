import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { test, expect, freshBrowserPage } from './fixtures';
import type { Page } from '@playwright/test';

const EXAMPLE = join(
  import.meta.dirname,
  '../third_party/argo-events/examples/sensors/filter-with-data-simple-1.yaml',
);
const EXAMPLE_TEXT = readFileSync(EXAMPLE, 'utf8');
const SEED = readFileSync(
  join(import.meta.dirname, '../src/examples/seed-build-pipeline.yaml'),
  'utf8',
);
const files = (page: Page) =>
  page.evaluate(() => (window.__eventflow?.getFiles() ?? []).map((f) => f.text).join('\n---\n'));

async function download(page: Page): Promise<string> {
  const d = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  return readFileSync((await (await d).path())!, 'utf8');
}

test('opens an example with the file chooser as a new design and exports the same bytes', async ({
  page,
}) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  await (await chooser).setFiles(EXAMPLE);
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  await expect(dialog).toContainText('1 file to open');
  await dialog.getByRole('button', { name: 'Open as a new design' }).click();
  await expect(page.getByTestId('design.name')).toHaveText('filter-with-data-simple-1');
  await expect(page.getByTestId('canvas').getByRole('group', { name: /^Sensor / })).toBeVisible();
  expect(await download(page)).toBe(EXAMPLE_TEXT);
});

test('a dropped file replaces the design after asking, and Undo brings the old one back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
    return dt;
  }, EXAMPLE_TEXT);
  await page.getByTestId('canvas').dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  await dialog.getByRole('button', { name: 'Replace the current design' }).click();
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toHaveCount(0);
  await expect.poll(() => files(page)).toBe(EXAMPLE_TEXT);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => files(page)).toBe(SEED);
});

test('bad files get a clear message and leave the current design untouched', async ({ page }) => {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  const bomb = zipSync({ 'big.yaml': new Uint8Array(30_000_000) }, { level: 9 });
  await (
    await chooser
  ).setFiles([
    { name: 'binary.yaml', mimeType: 'application/yaml', buffer: Buffer.from([0x6b, 0x00, 0x01]) },
    { name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(11_000_000, 0x61) },
    { name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) },
    {
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('kind: Sensor\nmetadata: {name: [\n'),
    },
    {
      name: 'aliases.yaml',
      mimeType: 'application/yaml',
      // A ConfigMap, so the file is a manifest (other YAML is skipped) whose aliases explode.
      buffer: Buffer.from(
        `apiVersion: v1\nkind: ConfigMap\na: &a [x, x, x, x, x, x, x, x, x]\n${Array.from(
          { length: 9 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(', ')}]`,
        ).join('\n')}\n`,
      ),
    },
  ]);
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  const refused = dialog.getByRole('list', { name: 'Not opened' });
  await expect(refused).toContainText('binary.yaml: binary data, not YAML text');
  await expect(refused).toContainText('huge.yaml: 10.5 MiB is over the 10 MiB limit');
  await expect(refused).toContainText('bomb.zip: This zip was not opened');
  await dialog.getByRole('button', { name: 'Open as a new design' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('yaml.syntax');
  await expect(problems).toContainText('yaml.alias-limit');
  await page.getByRole('button', { name: 'Designs' }).click();
  await page
    .getByRole('dialog', { name: 'Designs in this browser' })
    .getByRole('button', { name: 'Event-driven build pipeline' })
    .click();
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');
  await expect.poll(() => files(page)).toBe(SEED);
});

test('a share link opens read-only in a fresh browser, exports the same YAML, and edits only a copy', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#design=v1\./);

  const { page: other, errors, close } = await freshBrowserPage(browser);
  await other.goto(link);
  await expect(other.getByTestId('design.name')).toHaveText('Shared: Event-driven build pipeline');
  await expect(
    other.getByRole('status').filter({ hasText: 'Shared design: read-only' }),
  ).toBeVisible();
  expect(await download(other)).toBe(SEED);
  await other
    .getByTestId('canvas')
    .getByRole('group', { name: 'EventBus default', exact: true })
    .click();
  await other.keyboard.press('Delete');
  await expect(
    other.getByTestId('canvas').getByRole('group', { name: 'EventBus default', exact: true }),
  ).toBeVisible();
  await other.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(other.getByTestId('design.name')).toHaveText('Event-driven build pipeline (copy)');
  await other
    .getByTestId('canvas')
    .getByRole('group', { name: 'EventBus default', exact: true })
    .click();
  await other.keyboard.press('Delete');
  await expect(
    other.getByTestId('canvas').getByRole('group', { name: 'EventBus default', exact: true }),
  ).toHaveCount(0);
  expect(errors).toEqual([]);
  await close();
});

test('export shows the problems first, downloads a Git zip, and diffs the changes since opening', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByTestId('export.problems')).toHaveText('0 errors, 0 warnings.');
  await expect(
    dialog.getByRole('region', { name: 'Changes since opened or last exported' }),
  ).toContainText('No changes.');
  const zip = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download zip for Git' }).click();
  const file = await zip;
  expect(file.suggestedFilename()).toBe('Event-driven-build-pipeline.zip');
  const { unzipSync, strFromU8 } = await import('fflate');
  const entries = unzipSync(readFileSync((await file.path())!));
  expect(Object.keys(entries).sort()).toEqual([
    'event-sources/webhook.yaml',
    'eventbus/default.yaml',
    'kustomization.yaml',
    'scenarios.yaml',
    'sensors/build-sensor.yaml',
  ]);
  expect(strFromU8(entries['sensors/build-sensor.yaml']!)).toContain('name: build-sensor');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // An error: exporting needs a confirmation; the diff shows what changed.
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .click();
  const key = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Key or template' });
  await key.fill('body.branch');
  await key.press('Enter');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(
    dialog.getByRole('region', { name: 'Changes since opened or last exported' }),
  ).toContainText('+                 dataKey: body.branch');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => {
    const f = window.__eventflow!.getFiles()[0]!;
    window.__eventflow!.setFileText(f.path, f.text.replace('      eventName: build\n', ''));
  });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByTestId('export.problems')).toContainText('1 error');
  await expect(dialog.getByRole('button', { name: 'Download YAML' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Export anyway, with its errors' }).check();
  await expect(dialog.getByRole('button', { name: 'Download YAML' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/export.png' });
});
