import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const editorText = (page: Page) => page.getByTestId('yaml.editor').locator('.view-lines');

test('adds from the palette, renames in the inspector, and the YAML follows; undo and redo', async ({
  page,
}) => {
  await page.goto('/?new');
  const canvas = page.getByTestId('canvas');
  await page.getByRole('searchbox', { name: 'Search the palette' }).fill('webhook');
  await page.getByRole('button', { name: 'Add Webhook EventSource' }).click();
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook', exact: true }),
  ).toBeVisible();
  await expect(canvas.getByRole('group', { name: 'Event example', exact: true })).toBeVisible();

  // Rename the event in the inspector; the name commits on Enter.
  await canvas.getByRole('group', { name: 'Event example', exact: true }).click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('textbox', { name: 'Name' }).fill('build');
  await inspector.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toBeVisible();
  await expect(editorText(page)).toContainText('build:');

  // Undo and redo from the keyboard (focus on the canvas, not a text field).
  await canvas.getByRole('group', { name: 'Event build', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(canvas.getByRole('group', { name: 'Event example', exact: true })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toBeVisible();

  // A trigger from the palette makes a Sensor; wiring the event to it adds a dependency.
  await page.getByRole('searchbox', { name: 'Search the palette' }).fill('log');
  await page.getByRole('button', { name: 'Add Log trigger' }).click();
  await expect(canvas.getByRole('group', { name: 'Sensor sensor', exact: true })).toBeVisible();
  const from = canvas
    .getByRole('group', { name: 'Event build', exact: true })
    .locator('.react-flow__handle-right');
  const to = canvas
    .getByRole('group', { name: 'Sensor sensor', exact: true })
    .locator('.react-flow__handle-left');
  await from.dragTo(to);
  await expect(
    canvas.getByRole('group', { name: 'Dependency webhook-build', exact: true }),
  ).toBeVisible();
  await expect(editorText(page)).toContainText('eventSourceName: webhook');
  await page.screenshot({ path: 'test-results/designer.png' });
});

test('a refused connection says why', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  const from = canvas
    .getByRole('group', { name: 'EventSource webhook', exact: true })
    .locator('.react-flow__handle-right');
  const to = canvas
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .locator('.react-flow__handle-left');
  await from.dragTo(to);
  await expect(page.getByRole('status')).toContainText('cannot be connected');
});

test('YAML edits update the canvas, broken YAML keeps it, and a reload restores the work', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(editorText(page)).toContainText('name: webhook');
  // Put the cursor after the EventSource's name and type a suffix.
  await page.getByTestId('yaml.editor').getByText('webhook', { exact: true }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('-v2');
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook-v2', exact: true }),
  ).toBeVisible();

  // Break the YAML: the canvas stays, the problem is listed with its line.
  await page.keyboard.type(': [');
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('yaml.syntax');
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook-v2', exact: true }),
  ).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(page.getByRole('region', { name: 'Problems' })).not.toContainText('yaml.syntax');

  // The autosave brings it back after a reload (which first asks: the edit was never downloaded).
  await page.waitForTimeout(800);
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook-v2', exact: true }),
  ).toBeVisible();
});

test('selecting a node highlights its YAML, and the YAML cursor selects nodes', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(editorText(page)).toContainText('kind: EventBus');
  await canvas.getByRole('group', { name: 'EventBus default', exact: true }).click();
  await expect(
    page.getByTestId('yaml.editor').locator('.yaml-node-highlight').first(),
  ).toBeVisible();
  // Go to the end of the text, inside the trigger's parameters: the trigger becomes the selection.
  await editorText(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'Trigger' }),
  ).toBeVisible();
});

test('the command palette lists commands with shortcuts and runs them from the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'Trigger trigger-workflow', exact: true }).click();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog.getByRole('option', { name: /Auto-layout the canvas/ })).toContainText(
    'Ctrl+Shift+L',
  );
  await dialog.getByRole('combobox', { name: 'Type a command' }).fill('duplicate');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    canvas.getByRole('group', { name: 'Trigger trigger-workflow-copy', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    canvas.getByRole('group', { name: 'Trigger trigger-workflow-copy', exact: true }),
  ).toBeHidden();
});

test('copy and paste a resource as YAML', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'EventSource webhook', exact: true }).click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(
    canvas.getByRole('group', { name: 'EventSource webhook-copy', exact: true }),
  ).toBeVisible();
});

test('the problems list filters by severity and jumps to the line', async ({ page }) => {
  await page.goto('/?new');
  await page.getByRole('searchbox', { name: 'Search the palette' }).fill('log');
  await page.getByRole('button', { name: 'Add Log trigger' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByTestId('problems.summary')).toHaveText(/^1 error, 1 warning/);
  await problems.getByRole('combobox', { name: 'Show' }).selectOption('warning');
  await expect(problems.getByTestId('problems.row')).toHaveCount(1);
  await expect(problems.getByTestId('problems.row')).toContainText('eventbus.no-default');
  await problems.getByRole('combobox', { name: 'Show' }).selectOption('error');
  await problems.getByTestId('problems.row').click();
  await expect(page.getByTestId('yaml.editor').locator('.view-lines')).toContainText(
    'dependencies: []',
  );
});

test('a dependency filter shows live whether the sample event passes', async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Dependency webhook-build', exact: true })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Add data filter' }).click();
  const row = inspector.getByRole('group', { name: 'Data filter 1' });
  await row.getByRole('textbox', { name: 'Path' }).fill('body.project');
  await row.getByRole('textbox', { name: 'Path' }).press('Enter');
  const values = row.getByRole('textbox', { name: 'Values (comma-separated, any of)' });
  await values.fill('^kubedojo$');
  await values.press('Enter');
  await expect(inspector.getByRole('status', { name: 'Sample event result' })).toContainText(
    'Sample event passes',
  );
  await values.fill('^other$');
  await values.press('Enter');
  await expect(inspector.getByRole('status', { name: 'Sample event result' })).toContainText(
    'Sample event is dropped: data filter did not pass',
  );
  await expect(page.getByTestId('yaml.editor').locator('.view-lines')).toBeVisible();
  await page.screenshot({ path: 'test-results/filters.png' });
});

test('a common mistake comes with a one-click fix', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'EventBus default', exact: true }).click();
  await page.keyboard.press('Delete');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('no EventBus named "default"');
  await problems
    .getByRole('button', { name: 'Fix: Add EventBus "default" (JetStream)' })
    .first()
    .click();
  await expect(canvas.getByRole('group', { name: 'EventBus default', exact: true })).toBeVisible();
  await expect(problems).not.toContainText('no EventBus named "default"');
  await problems.getByRole('button', { name: 'Fix: Add a Service on port 12000' }).click();
  await expect(problems.getByTestId('problems.summary')).toHaveText('0 errors, 0 warnings');
  await expect(problems).toContainText('No problems');
});
