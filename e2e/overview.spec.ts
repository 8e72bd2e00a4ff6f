import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { manyEvents, manyResources } from '../src/test/bigDesigns';

// 220 EventSources (each with its event) and 220 Sensors (each with a dependency and a trigger).
const NODES = 1_100;
const DESIGN = manyResources(440, 1)[0]!.text;

async function openBig(page: Page): Promise<void> {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((t) => window.__eventflow!.setFileText('design.yaml', t), DESIGN);
  await expect
    .poll(() => page.evaluate(() => window.__eventflow!.graphSize().nodes), { timeout: 30_000 })
    .toBe(NODES);
}

/** A point of the overview picture painted in EventSource colour (inside an EventSource's box). */
async function eventSourcePixel(page: Page): Promise<{ x: number; y: number }> {
  const found = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.overview-layer')!;
    const hex = getComputedStyle(canvas).getPropertyValue('--source').trim();
    const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const { data, width, height } = canvas
      .getContext('2d')!
      .getImageData(0, 0, canvas.width, canvas.height);
    const rect = canvas.getBoundingClientRect();
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const off = want.reduce((sum, c, k) => sum + Math.abs(c - data[i + k]!), 0);
        if (data[i + 3] === 255 && off < 12)
          return {
            x: rect.left + ((x + 0.5) * rect.width) / width,
            y: rect.top + ((y + 0.5) * rect.height) / height,
          };
      }
    return null;
  });
  expect(found, 'an EventSource drawn on the overview').not.toBeNull();
  return found!;
}

test('a big design opens as an overview picture; clicking a node there selects it and zooms in', async ({
  page,
}) => {
  await openBig(page);
  const canvas = page.getByTestId('canvas');
  const hint = canvas.getByRole('status').filter({ hasText: 'Overview: 1,100 nodes' });
  await expect(hint).toBeVisible({ timeout: 15_000 });
  await expect(hint).toContainText('Go to resource (Ctrl+F)');
  // No node cards while the overview shows: one canvas draws them all.
  await expect(canvas.locator('.react-flow__node')).toHaveCount(0);
  await expect(canvas.locator('canvas.overview-layer')).toBeVisible();
  // Hundreds of problems are listed a page at a time.
  const problems = page.getByRole('list', { name: 'Problems list' });
  await expect(problems.getByTestId('problems.row')).toHaveCount(200);
  await problems.getByRole('button', { name: 'Show 200 more (460 not shown)' }).click();
  await expect(problems.getByTestId('problems.row')).toHaveCount(400);
  await expect(
    problems.getByRole('button', { name: 'Show 200 more (260 not shown)' }),
  ).toBeVisible();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/overview-1100-nodes.png' });

  const at = await eventSourcePixel(page);
  await page.mouse.click(at.x, at.y);
  await expect(hint).toHaveCount(0);
  const selected = canvas.locator('.react-flow__node.selected');
  await expect(selected).toHaveCount(1);
  const name = (await selected.getAttribute('aria-label'))!;
  expect(name).toMatch(/^EventSource source-\d+$/);
  await expect(selected).toBeFocused();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' }),
  ).toHaveValue(name.replace('EventSource ', ''));
  // Zoomed in to reading size: the card is wide on screen again.
  expect((await selected.boundingBox())!.width).toBeGreaterThan(150);
  await page.screenshot({ path: 'test-results/overview-1100-nodes-clicked.png' });
});

test('Go to resource (Ctrl+F) works from the overview and leaves it', async ({ page }) => {
  await openBig(page);
  const canvas = page.getByTestId('canvas');
  await expect(canvas.getByRole('status').filter({ hasText: 'Overview:' })).toBeVisible({
    timeout: 15_000,
  });
  // A click on the empty pane keeps the overview and selects nothing.
  await canvas.locator('.react-flow__pane').click({ position: { x: 3, y: 3 } });
  await expect(canvas.getByRole('status').filter({ hasText: 'Overview:' })).toBeVisible();
  // Zoomed in (still below 35 %), the boxes are wide enough for their names.
  const zoom = () =>
    page.evaluate(() =>
      Number(
        /scale\(([\d.]+)\)/.exec(
          document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform,
        )?.[1],
      ),
    );
  for (let i = 0; i < 15 && (await zoom()) < 0.25; i++) {
    await canvas.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(300);
  }
  if ((await zoom()) < 0.35) {
    await expect(canvas.getByRole('status').filter({ hasText: 'Overview:' })).toBeVisible();
    await expect(canvas.locator('.react-flow__node')).toHaveCount(0);
  }
  await page.screenshot({ path: 'test-results/overview-1100-nodes-names.png' });
  await page.keyboard.press('Control+f');
  const dialog = page.getByRole('dialog', { name: 'Go to resource' });
  await dialog.getByRole('combobox').fill('sensor-150');
  await expect(dialog.getByRole('option').first()).toContainText('sensor-150');
  await page.keyboard.press('Enter');
  const sensor = canvas.getByRole('group', { name: 'Sensor sensor-150', exact: true });
  await expect(sensor).toBeFocused();
  await expect(sensor).toHaveClass(/selected/);
  await expect(canvas.getByRole('status').filter({ hasText: 'Overview:' })).toHaveCount(0);
});

test('a file over 2 MiB opens from the file chooser as plain text in the editor, and as an overview', async ({
  page,
}) => {
  // 28,000 events, 2.1 MiB: one EventSource with 28,001 nodes.
  const text = manyEvents(28_000);
  expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
  await page.goto('/?new');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  await (
    await chooser
  ).setFiles({ name: 'many-events.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await page
    .getByRole('dialog', { name: 'Open files' })
    .getByRole('button', { name: 'Open as a new design' })
    .click();
  const canvas = page.getByTestId('canvas');
  await expect(
    canvas.getByRole('status').filter({ hasText: 'Overview: 28,001 nodes' }),
  ).toBeVisible({ timeout: 90_000 });
  const yaml = page.getByRole('region', { name: 'YAML' });
  await expect(yaml.getByRole('note')).toHaveText(
    '2.1 MiB file: shown as plain text, without YAML highlighting and completion. It is checked and drawn like every other file.',
  );
  // The text is there to read and edit, from its first line.
  await expect(yaml.locator('.view-lines')).toContainText('apiVersion: argoproj.io/v1alpha1');
  await page.screenshot({ path: 'test-results/overview-plain-text-file.png' });
});
