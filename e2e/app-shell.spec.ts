import { test, expect } from './fixtures';

test('opens on the hands-on build pipeline with its graph, YAML and problems', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Eventflow Studio' })).toBeVisible();

  const canvas = page.getByTestId('canvas');
  for (const name of [
    'EventBus default',
    'EventSource webhook',
    'Event build',
    'Sensor build-sensor',
    'Dependency webhook-build',
    'Trigger trigger-workflow',
  ]) {
    await expect(canvas.getByRole('group', { name, exact: true })).toBeVisible();
  }
  await expect(
    canvas.getByRole('group', { name: 'Trigger trigger-workflow', exact: true }),
  ).toContainText('argoWorkflow');
  await expect(
    canvas.getByRole('group', { name: 'Dependency webhook-build', exact: true }),
  ).toContainText('webhook/build');

  // Monaco loads lazily and then shows the seed text.
  const editor = page.getByTestId('yaml.editor');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  await expect(editor.locator('.view-lines')).toContainText('kind: EventSource');
  // Monaco only renders the lines in view: go to the end with the keyboard, as a reader would.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(editor.locator('.view-lines')).toContainText('dataKey: body.project');

  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(page.getByRole('tab', { name: 'Problems' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(problems.getByTestId('problems.summary')).toHaveText('0 errors, 0 warnings, 1 hint');
  await expect(problems).toContainText('nothing outside the cluster can reach "webhook"');
  await expect(problems).toContainText('port-forward');

  await page.screenshot({ path: 'test-results/app-shell.png' });
});

test('falls back to the starting design for an unknown example link', async ({ page }) => {
  await page.goto('/?example=does-not-exist');
  await expect(page.getByRole('group', { name: 'Sensor build-sensor', exact: true })).toBeVisible();
  await expect(page.getByTestId('yaml.editor').locator('.monaco-editor')).toBeVisible();
});
