import { test, expect } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`follows the system ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(
      page.getByRole('group', { name: 'Sensor build-sensor', exact: true }),
    ).toBeVisible();
    await expect(page.getByTestId('yaml.editor').locator('.monaco-editor')).toBeVisible();
    const bg = await page
      .getByRole('complementary', { name: 'Palette' })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe(scheme === 'dark' ? 'rgb(26, 32, 40)' : 'rgb(255, 255, 255)');
    await page.screenshot({ path: `test-results/theme-${scheme}.png` });
  });
}
