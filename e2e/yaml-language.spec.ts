import { test, expect } from './fixtures';

test('the YAML editor completes and explains fields from the Argo Events schema', async ({
  page,
}) => {
  await page.goto('/');
  const editor = page.getByTestId('yaml.editor');
  // Selecting the event scrolls its YAML into view.
  await page.getByTestId('canvas').getByRole('group', { name: 'Event build', exact: true }).click();
  await expect(editor.locator('.view-lines')).toContainText('endpoint: /build');
  await editor.getByText('/build', { exact: true }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('maxPay');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible({ timeout: 15000 });
  await expect(suggest).toContainText('maxPayloadSize');
  await page.screenshot({ path: 'test-results/yaml-completion.png' });
  await page.keyboard.press('Escape');

  await editor.getByText('endpoint', { exact: true }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'REST API endpoint' })).toBeVisible({
    timeout: 15000,
  });
});
