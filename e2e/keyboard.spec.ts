import { test, expect } from './fixtures';

test('nodes are reached with Tab, selected with Enter (opening the inspector) and moved with arrows', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const source = canvas.getByRole('group', { name: 'EventSource webhook', exact: true });
  await source.focus();
  await page.keyboard.press('Tab');
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Event' })).toBeVisible();
  await expect(inspector.getByRole('textbox', { name: 'Name' })).toHaveValue('build');

  const event = canvas.getByRole('group', { name: 'Event build', exact: true });
  const before = await event.boundingBox();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await event.boundingBox())!.y).toBeGreaterThan(before!.y);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => Math.round((await event.boundingBox())!.y))
    .toBe(Math.round(before!.y));
});

test('Ctrl-click selects several nodes and Delete removes them together', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'EventBus default', exact: true }).click();
  await canvas
    .getByRole('group', { name: 'Event build', exact: true })
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(canvas.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toHaveCount(0);
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toBeVisible();
});
