import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { manyResources } from '../src/test/bigDesigns';
import { loadExampleFiles } from '../src/test/exampleFiles';

type Box = { x: number; y: number; width: number; height: number };
const inside = (b: Box, c: Box): boolean =>
  b.x >= c.x - 1 &&
  b.y >= c.y - 1 &&
  b.x + b.width <= c.x + c.width + 1 &&
  b.y + b.height <= c.y + c.height + 1;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openDesign(page: Page, text: string): Promise<void> {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((t) => window.__eventflow!.setFileText('design.yaml', t), text);
}

/** The nodes not inside the canvas or under the overview map (measured in the page, in one go). */
async function nodesInView(page: Page): Promise<{ count: number; outside: string[] }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    const map = document.querySelector('.react-flow__minimap')?.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('[data-testid="canvas"] .react-flow__node')];
    const outside = nodes.flatMap((n) => {
      const b = n.getBoundingClientRect();
      const inCanvas =
        b.left >= canvas.left - 1 &&
        b.top >= canvas.top - 1 &&
        b.right <= canvas.right + 1 &&
        b.bottom <= canvas.bottom + 1;
      const underMap =
        map && b.left < map.right && map.left < b.right && b.top < map.bottom && map.top < b.bottom;
      return inCanvas && !underMap ? [] : [n.getAttribute('aria-label') ?? '?'];
    });
    return { count: nodes.length, outside };
  });
}

// 13 EventSources (each with its event) and 13 Sensors (each with a dependency and a trigger): 65 nodes.
const BIG = manyResources(26, 1)[0]!.text;

test('fit view shows every node of a 65-node design inside the canvas, clear of the overview map', async ({
  page,
}) => {
  await openDesign(page, BIG);
  const canvas = page.getByTestId('canvas');
  await expect(canvas.locator('.react-flow__node')).toHaveCount(65);
  await expect.poll(async () => (await nodesInView(page)).outside, { timeout: 10_000 }).toEqual([]);
  await page.screenshot({ path: 'test-results/overview-65-nodes.png' });

  // Auto-layout moves everything and fits again.
  await canvas.getByRole('group', { name: 'Sensor sensor-3', exact: true }).click();
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(() => page.evaluate(() => window.__eventflow!.getFiles().length)).toBe(1);
  await expect.poll(async () => (await nodesInView(page)).outside, { timeout: 10_000 }).toEqual([]);

  await page.screenshot({ path: 'test-results/overview-65-nodes-auto-layout.png' });
  // Zoomed out this far, nodes are drawn as their names only, and the names are still there.
  await expect(canvas.locator('.design-node.is-overview').first()).toBeVisible();
  await expect(
    canvas.getByRole('group', { name: 'EventSource source-0', exact: true }),
  ).toContainText('source-0');

  // The overview map can be put away.
  await canvas.getByRole('button', { name: 'Hide the overview map' }).click();
  await expect(page.getByRole('img', { name: 'Canvas overview' })).toHaveCount(0);
});

test('the whole upstream examples folder as one design opens fitted as an overview picture, and zooms in to cards', async ({
  page,
}) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  const files = loadExampleFiles();
  await page.evaluate((f) => window.__eventflow!.openFiles(f), files);
  // 367 nodes; the examples reuse resource names (many are "webhook"), so fewer distinct ones are drawn.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            window.__eventflow!.graphSize().reading === false &&
            window.__eventflow!.graphSize().nodes,
        ),
      { timeout: 30_000 },
    )
    .toBe(367);
  const { distinct } = await page.evaluate(() => window.__eventflow!.graphSize());
  expect(distinct).toBeGreaterThan(250);
  const canvas = page.getByTestId('canvas');
  // A design this big, fitted, is one picture: every node drawn in it, wholly inside the canvas,
  // and no cards in the page.
  const picture = canvas.locator('.overview-layer');
  await expect(picture).toHaveAttribute('data-drawn', '367', { timeout: 15_000 });
  await expect(picture).toHaveAttribute('data-inside', '367');
  await expect(canvas.locator('.react-flow__node')).toHaveCount(0);
  await expect(canvas.getByRole('status')).toContainText('Overview: 367 nodes');
  await page.screenshot({ path: 'test-results/overview-upstream-examples.png' });

  // Going to a resource zooms in to it: cards again, only those in view.
  await canvas.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const dialog = page.getByRole('dialog', { name: 'Go to resource' });
  await dialog.getByRole('combobox').fill('calendar');
  await page.keyboard.press('Enter');
  const card = canvas.getByRole('group', { name: /^EventSource calendar/ }).first();
  await expect(card).toBeFocused();
  expect(inside((await card.boundingBox())!, (await canvas.boundingBox())!)).toBe(true);
  await expect(picture).toHaveCount(0);
  const drawn = await canvas.locator('.react-flow__node').count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(distinct);
  await page.screenshot({ path: 'test-results/overview-upstream-examples-zoomed-in.png' });
});

test('Go to resource (Ctrl+F) finds a node by name, pans to it and selects it', async ({
  page,
}) => {
  await openDesign(page, BIG);
  const canvas = page.getByTestId('canvas');
  await expect(canvas.locator('.react-flow__node')).toHaveCount(65);
  await canvas.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+f');
  const dialog = page.getByRole('dialog', { name: 'Go to resource' });
  const search = dialog.getByRole('combobox');
  await expect(search).toBeFocused();
  await search.fill('sensor-12');
  await expect(dialog.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('option').first()).toContainText('sensor-12');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const sensor = canvas.getByRole('group', { name: 'Sensor sensor-12', exact: true });
  await expect(sensor).toBeFocused();
  await expect(sensor).toHaveClass(/selected/);
  await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('Sensor');
  const box = (await sensor.boundingBox())!;
  expect(inside(box, (await canvas.boundingBox())!)).toBe(true);
  // Zoomed in enough to read it.
  expect(box.width).toBeGreaterThan(300);

  // The command palette has it too.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('go to');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Go to resource' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Go to resource' })).toHaveCount(0);
});

const WIRING = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: "2.9.22"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build:
      port: "12000"
      endpoint: /build
      method: POST
    deploy:
      port: "12000"
      endpoint: /deploy
      method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: build-sensor
spec:
  dependencies:
    - name: build
      eventSourceName: webhook
      eventName: build
  triggers:
    - template:
        name: say
        log: {}
`;

test('add a dependency with the keyboard only', async ({ page }) => {
  await openDesign(page, WIRING);
  const canvas = page.getByTestId('canvas');
  await expect(
    canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await canvas.locator('.react-flow__pane').click();
  // Find the Sensor, then open "Add dependency…" from the command palette.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('build-sensor');
  await page.keyboard.press('Enter');
  await expect(
    canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('add a dependency');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a dependency to Sensor build-sensor' });
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await expect(dialog.getByRole('option')).toHaveText([
    /webhook\/build.*already a dependency/,
    /webhook\/deploy/,
  ]);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('option', { name: /webhook\/deploy/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.__eventflow!.getFiles()[0]!.text))
    .toContain('eventName: deploy');
  // The new edge has a name a person reads.
  await expect(
    canvas.getByRole('group', { name: 'Dependency webhook-deploy', exact: true }),
  ).toBeVisible();
  await expect(
    canvas.locator(
      '.react-flow__edge[aria-label="dependency webhook-deploy: webhook/deploy → build-sensor"]',
    ),
  ).toHaveCount(1);
  await expect(
    canvas.locator(
      '.react-flow__edge[aria-label="dependency build: webhook/build → build-sensor"] title',
    ),
  ).toHaveText('dependency build: webhook/build → build-sensor');

  // The inspector offers it too.
  await canvas
    .getByRole('group', { name: 'Sensor build-sensor', exact: true })
    .click({ position: { x: 60, y: 12 } });
  await page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('button', { name: 'Add dependency…' })
    .click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('an event dropped anywhere on a Sensor box becomes a dependency', async ({ page }) => {
  await openDesign(page, WIRING);
  const canvas = page.getByTestId('canvas');
  const event = canvas.getByRole('group', { name: 'Event deploy', exact: true });
  const sensor = canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true });
  await expect(sensor).toBeVisible();
  const handle = event.locator('.react-flow__handle.source');
  const from = (await handle.boundingBox())!;
  const box = (await sensor.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // The header strip of the box, far from the 6 px handle on its edge.
  await page.mouse.move(box.x + box.width / 2, box.y + 14, { steps: 8 });
  await page.mouse.move(box.x + box.width / 2 + 4, box.y + 16, { steps: 2 });
  await page.mouse.up();
  await expect
    .poll(() => page.evaluate(() => window.__eventflow!.getFiles()[0]!.text))
    .toContain('eventName: deploy');
});

test('a Sensor collapses to its header with a count and expands again', async ({ page }) => {
  await openDesign(page, WIRING);
  const canvas = page.getByTestId('canvas');
  await expect(canvas.getByRole('group', { name: 'Trigger say', exact: true })).toBeVisible();
  await canvas.getByRole('button', { name: 'Collapse build-sensor (2 parts)' }).click();
  await expect(canvas.getByRole('group', { name: 'Trigger say', exact: true })).toHaveCount(0);
  await expect(canvas.getByRole('group', { name: 'Dependency build', exact: true })).toHaveCount(0);
  const expand = canvas.getByRole('button', { name: 'Expand build-sensor (2 parts)' });
  await expect(expand).toHaveText('▸ 2');
  // The event's edge now ends at the Sensor itself; the YAML is untouched.
  await expect(
    canvas.locator(
      '.react-flow__edge[aria-label="dependency build: webhook/build → build-sensor"]',
    ),
  ).toHaveCount(1);
  await expect
    .poll(() => page.evaluate(() => window.__eventflow!.getFiles()[0]!.text))
    .toContain('name: say');
  await expand.click();
  await expect(canvas.getByRole('group', { name: 'Trigger say', exact: true })).toBeVisible();

  // From the keyboard: the focused node's context menu (Shift+F10) has Collapse and Add dependency….
  await canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }).focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'build-sensor actions' });
  await expect(menu.getByRole('menuitem', { name: 'Add dependency…' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Collapse' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas.getByRole('group', { name: 'Trigger say', exact: true })).toHaveCount(0);
});

test('the palette is one Tab stop with arrow keys inside, and Tab then reaches a node before any edge', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(
    canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search the palette' });
  await search.focus();
  // Past the palette, the separator that resizes it, then the first node.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('separator', { name: 'Resize the palette' })).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/react-flow__node/);
  await expect(canvas.locator('.react-flow__node').first()).toBeFocused();
  // Shift+Tab goes back to the palette, past its items.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(search).toBeFocused();

  // Arrows move among the items; Enter adds one.
  await page.keyboard.press('ArrowDown');
  const palette = page.getByRole('complementary', { name: 'Palette' });
  const items = palette.locator('.palette-item');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(search).toBeFocused();
  await search.fill('runs triggers');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('button', { name: 'Add Sensor', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas.getByRole('group', { name: 'Sensor sensor', exact: true })).toBeVisible();
});

async function topLevelBoxes(canvas: Locator): Promise<{ name: string; box: Box }[]> {
  const out: { name: string; box: Box }[] = [];
  for (const n of await canvas
    .locator(
      '.react-flow__node:not(.react-flow__node[data-id^="dependency:"]):not(.react-flow__node[data-id^="trigger:"])',
    )
    .all())
    out.push({ name: (await n.getAttribute('aria-label'))!, box: (await n.boundingBox())! });
  return out;
}

test('a new node never lands on another (the "add EventBus" quick-fix after auto-layout)', async ({
  page,
}) => {
  await openDesign(page, WIRING.split('---\n').slice(1).join('---\n'));
  const canvas = page.getByTestId('canvas');
  await expect(
    canvas.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
  ).toBeVisible();
  await page.keyboard.press('Control+Shift+L');
  await expect
    .poll(() => page.evaluate(() => window.__eventflow!.getFiles()[0]!.text))
    .toContain('build-sensor');
  await page.waitForTimeout(300);
  await page
    .getByRole('button', { name: /Fix: Add EventBus/ })
    .first()
    .click();
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toBeVisible();
  await expect
    .poll(async () => {
      const boxes = await topLevelBoxes(canvas);
      return boxes.flatMap((a, i) =>
        boxes.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.name} × ${b.name}`] : [])),
      );
    })
    .toEqual([]);
  // One undo takes the bus and its placement away together.
  await page.keyboard.press('Control+z');
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toHaveCount(0);
});
