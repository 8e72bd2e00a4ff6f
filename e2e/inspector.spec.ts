import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const yamlText = (page: Page) =>
  page.evaluate(() => (window.__eventflow?.getFiles() ?? []).map((f) => f.text).join('\n---\n'));

test('schema forms reach every field: enums as selects, nested objects, more fields; one undo step each', async ({
  page,
}) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await canvas.getByRole('group', { name: 'Trigger trigger-workflow', exact: true }).click();
  await inspector
    .getByRole('combobox', { name: 'operation', exact: true })
    .selectOption('resubmit');
  await expect.poll(() => yamlText(page)).toContain('operation: resubmit');
  await page.keyboard.press('Control+z');
  await expect.poll(() => yamlText(page)).toContain('operation: submit');

  await canvas.getByRole('group', { name: 'Event build', exact: true }).click();
  await expect(inspector.getByRole('link', { name: 'endpoint documentation' })).toHaveAttribute(
    'href',
    /WebhookEventSource/,
  );
  await inspector
    .getByText(/More fields/)
    .first()
    .click();
  const size = inspector.getByRole('textbox', { name: 'maxPayloadSize', exact: true });
  await size.fill('lots');
  await size.press('Enter');
  await expect(inspector.getByText('a whole number is expected')).toBeVisible();
  await size.fill('1048576');
  await size.press('Enter');
  await expect.poll(() => yamlText(page)).toContain('maxPayloadSize: 1048576');
  await inspector.getByText('authSecret (not set)').click();
  const key = inspector.getByRole('textbox', { name: 'key', exact: true });
  await key.fill('token');
  await key.press('Enter');
  await expect.poll(() => yamlText(page)).toMatch(/authSecret:\n\s+key: token/);
  await page.screenshot({ path: 'test-results/inspector-schema.png' });
});

test('conditions complete dependency names and mark unknown ones', async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .click();
  const conditions = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('combobox', { name: 'Conditions' });
  await conditions.fill('web');
  await expect(
    page
      .getByRole('listbox', { name: 'Dependencies' })
      .getByRole('option', { name: 'webhook-build' }),
  ).toBeVisible();
  // Nothing is pre-chosen: an arrow chooses, then Enter accepts.
  await expect(conditions).not.toHaveAttribute('aria-activedescendant', /./);
  await conditions.press('ArrowDown');
  await conditions.press('Enter');
  await expect(conditions).toHaveValue('webhook-build');
  await conditions.press('Enter');
  await expect.poll(() => yamlText(page)).toContain('conditions: webhook-build');
  await conditions.fill('webhook-build && nightly');
  await expect(conditions).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('nightly is not a dependency of this sensor')).toBeVisible();
});

test('conditions only complete on an explicit choice, Escape closes the list, and the field clears from the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const conditions = inspector.getByRole('combobox', { name: 'Conditions' });
  const list = page.getByRole('listbox', { name: 'Dependencies' });
  await conditions.fill('webhook-build');
  await conditions.press('Enter');
  await expect.poll(() => yamlText(page)).toContain('conditions: webhook-build');
  // Typing opens suggestions; Enter commits what was typed, it does not insert a name.
  await conditions.fill('webhook-build || w');
  await expect(list).toBeVisible();
  await conditions.press('Escape');
  await expect(list).toBeHidden();
  await expect(inspector).toBeVisible();
  await conditions.press('End');
  await conditions.press('Backspace');
  await expect(list).toBeVisible();
  await conditions.press('Enter');
  await expect(conditions).toHaveValue('webhook-build || ');
  // Cleared with the keyboard (select all, delete, Enter): the conditions go from the YAML.
  await conditions.press('Control+a');
  await conditions.press('Delete');
  await expect(conditions).toHaveValue('');
  await conditions.press('Enter');
  await expect.poll(() => yamlText(page)).not.toContain('conditions:');
  await expect(conditions).toHaveValue('');
});

test('the dataKey picker shows the sample payload as a tree and fills in the path', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector
    .getByRole('button', { name: 'Pick the dataKey of parameter 1 from the sample event' })
    .click();
  await inspector.getByRole('button', { name: 'Use body.branch' }).click();
  await expect(inspector.getByRole('textbox', { name: 'Key or template' })).toHaveValue(
    'body.branch',
  );
  await expect.poll(() => yamlText(page)).toContain('dataKey: body.branch');
});

test('expression, time and script filters with the live sample verdict', async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Dependency webhook-build', exact: true })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const verdict = inspector.getByRole('status', { name: 'Sample event result' });
  await inspector.getByRole('button', { name: 'Add expression filter' }).click();
  const row = inspector.getByRole('group', { name: 'Expression filter 1' });
  await row
    .getByRole('textbox', { name: 'Fields (name=path, comma-separated)' })
    .fill('branch=body.branch');
  await row.getByRole('textbox', { name: 'Fields (name=path, comma-separated)' }).press('Enter');
  await row.getByRole('textbox', { name: 'Expression' }).fill('branch == "main"');
  await row.getByRole('textbox', { name: 'Expression' }).press('Enter');
  await expect(verdict).toContainText('Sample event passes');
  await row.getByRole('textbox', { name: 'Expression' }).fill('branch == "dev"');
  await row.getByRole('textbox', { name: 'Expression' }).press('Enter');
  await expect(verdict).toContainText('Sample event is dropped');
  await expect.poll(() => yamlText(page)).toContain('expr: branch == "dev"');

  const start = inspector.getByRole('textbox', { name: 'Time start (UTC)' });
  await start.fill('9am');
  await start.press('Enter');
  await expect(inspector.getByText('use hh:mm:ss (UTC), e.g. 09:00:00')).toBeVisible();

  await row.getByRole('button', { name: 'Remove expression filter 1' }).click();
  const script = inspector.getByRole('textbox', { name: 'Lua script' });
  await script.fill('if event.body.project == "kubedojo" then return true else return false end');
  await script.press('Control+Enter');
  await expect(verdict).toContainText('Sample event passes');
  await page.screenshot({ path: 'test-results/inspector-filters.png' });
});
