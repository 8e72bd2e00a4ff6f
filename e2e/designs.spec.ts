import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const SEED = readFileSync(
  join(import.meta.dirname, '../src/examples/seed-build-pipeline.yaml'),
  'utf8',
);

test('keeps several designs: new, rename, switch and delete with a confirmation', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');

  await page.getByRole('button', { name: 'Designs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Designs in this browser' });
  await dialog.getByRole('button', { name: 'New design' }).click();
  await expect(page.getByTestId('design.name')).toHaveText('Untitled design');
  await expect(canvas.getByRole('group')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search the palette' }).fill('calendar');
  await page.getByRole('button', { name: 'Add Calendar EventSource' }).click();

  await page.getByRole('button', { name: 'Designs' }).click();
  await dialog
    .getByRole('listitem', { name: 'Untitled design' })
    .getByRole('button', { name: 'Rename' })
    .click();
  await dialog
    .getByRole('textbox', { name: 'New name for Untitled design' })
    .fill('Nightly cleanup');
  await dialog.getByRole('textbox', { name: 'New name for Untitled design' }).press('Enter');
  await expect(page.getByTestId('design.name')).toHaveText('Nightly cleanup');

  await dialog.getByRole('button', { name: 'Event-driven build pipeline' }).click();
  await expect(
    canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByTestId('design.name')).toHaveText('Event-driven build pipeline');

  await page.getByRole('button', { name: 'Designs' }).click();
  const row = dialog.getByRole('listitem', { name: 'Nightly cleanup' });
  await row.getByRole('button', { name: 'Delete' }).click();
  await row
    .getByRole('group', { name: 'Confirm deleting Nightly cleanup' })
    .getByRole('button', { name: 'Keep' })
    .click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Delete' }).click();
  await row
    .getByRole('group', { name: 'Confirm deleting Nightly cleanup' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/designs.png' });
});

test('warns before closing with changes that were not downloaded, and not after Ctrl+S', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'EventBus default', exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toHaveCount(0);

  const asked = page.waitForEvent('dialog');
  void page.reload().catch(() => undefined);
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook', exact: true }),
  ).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const file = await download;
  expect(file.suggestedFilename()).toBe('Event-driven-build-pipeline.yaml');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(SEED);

  let prompted = false;
  page.on('dialog', (d) => {
    prompted = true;
    void d.accept();
  });
  await page.reload();
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook', exact: true }),
  ).toBeVisible();
  expect(prompted).toBe(false);
});
