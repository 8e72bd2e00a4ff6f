import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const width = async (l: Locator) => (await l.boundingBox())?.width ?? 0;
const height = async (l: Locator) => (await l.boundingBox())?.height ?? 0;

async function ready(page: Page) {
  await expect(page.getByRole('group', { name: 'Sensor build-sensor', exact: true })).toBeVisible();
}

test('drag a separator and the panels resize; arrows and Enter do it from the keyboard; sizes survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  const palette = page.getByRole('complementary', { name: 'Palette' });
  const bottom = page.getByRole('tablist', { name: 'Bottom panel' });
  const sep = page.getByRole('separator', { name: 'Resize the palette' });
  await expect(sep).toHaveAttribute('aria-orientation', 'vertical');
  await expect(sep).toHaveAttribute('aria-controls', 'pane-palette');
  await expect(sep).toHaveAttribute('aria-valuemin', /\d/);
  await expect(sep).toHaveAttribute('aria-valuemax', /\d/);

  // Mouse: drag the palette's edge 120 px to the right.
  const before = await width(palette);
  const box = (await sep.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const dragged = await width(palette);
  expect(dragged).toBeGreaterThan(before + 100);
  expect(dragged).toBeLessThan(before + 140);

  // Keyboard: the bottom panel's separator grows it with ArrowUp, Home/End go to the limits.
  const bottomSep = page.getByRole('separator', { name: 'Resize the bottom panel' });
  await expect(bottomSep).toHaveAttribute('aria-orientation', 'horizontal');
  const tabsY = async () => (await bottom.boundingBox())!.y;
  const y0 = await tabsY();
  const now0 = Number(await bottomSep.getAttribute('aria-valuenow'));
  await bottomSep.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const y1 = await tabsY();
  expect(y1).toBeLessThan(y0 - 40);
  await expect(bottomSep).not.toHaveAttribute('aria-valuenow', String(now0));

  // Enter hides the palette and shows it again at the width it had.
  await sep.focus();
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  expect(Math.abs((await width(palette)) - dragged)).toBeLessThan(3);

  // The Panels menu hides and shows too.
  await page.getByRole('button', { name: 'Panels' }).click();
  await page.getByRole('menuitem', { name: 'Hide the inspector' }).click();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeHidden();

  // The browser remembers all of it.
  await page.reload();
  await ready(page);
  expect(Math.abs((await width(palette)) - dragged)).toBeLessThan(3);
  expect(Math.abs((await tabsY()) - y1)).toBeLessThan(3);
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'YAML' })).toBeVisible();
  await page.getByRole('button', { name: 'Panels' }).click();
  await page.getByRole('menuitem', { name: 'Show the inspector' }).click();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
  expect(await height(page.getByRole('region', { name: 'Inspector' }))).toBeGreaterThan(80);
});

test('at 1440×900 Send is in view, and the predicted output leads the Output view', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const sim = page.getByRole('tabpanel', { name: 'Simulator' });
  const send = sim.getByRole('button', { name: 'Send event' });
  await expect(send).toBeInViewport({ ratio: 1 });
  // Even with the simulator column scrolled to its end, Send stays in view.
  await sim
    .getByRole('form', { name: 'Event composer' })
    .evaluate((f) => f.parentElement?.scrollTo(0, 10_000));
  await expect(send).toBeInViewport({ ratio: 1 });
  await send.click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  const firing = sim.getByRole('article', { name: 'Firing of build-sensor/trigger-workflow' });
  await expect(firing.getByTestId('simulator.predicted-output')).toBeInViewport();
  // Right under the firing's heading, before anything else.
  const second = await firing.evaluate((a) => a.children[1]?.getAttribute('aria-label'));
  expect(second).toBe('Predicted output');
});

test('removing a scenario asks first, and Undo brings it back', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  const name = 'every POST fires once, in order';
  await expect(scenarios.getByTestId('scenarios.badge')).toHaveText('3/3 pass');
  await scenarios.getByRole('button', { name: `Remove scenario ${name}` }).click();
  // Nothing is removed yet: Keep (or Escape) leaves it.
  const ask = scenarios.getByRole('group', { name: `Remove scenario ${name}?` });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(scenarios.getByRole('listitem', { name })).toBeVisible();
  // A second, explicit yes removes it; the notice says how to get it back.
  await scenarios.getByRole('button', { name: `Remove scenario ${name}` }).click();
  await scenarios.getByRole('button', { name: `Yes, remove scenario ${name}` }).click();
  await expect(scenarios.getByRole('listitem', { name })).toHaveCount(0);
  await expect(scenarios.getByTestId('scenarios.badge')).toHaveText('2/2 pass');
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toContainText('Undo');
  await page
    .getByRole('toolbar', { name: 'Designer' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(scenarios.getByRole('listitem', { name })).toBeVisible();
  await expect(scenarios.getByTestId('scenarios.badge')).toHaveText('3/3 pass');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the panels at 1440×900 in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await ready(page);
    await page.screenshot({ path: `test-results/panels-${scheme}.png` });
    await page.getByRole('tab', { name: 'Simulator' }).click();
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(page.getByTestId('simulator.predicted-output')).toBeVisible();
    await page.screenshot({ path: `test-results/panels-simulator-${scheme}.png` });
  });
}
