import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** axe-core's colour-contrast rule (WCAG 2 AA, 1.4.3) over what is on screen now. */
async function contrastViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`,
    ),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`text contrast is WCAG AA in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const sensor = page.getByRole('group', { name: 'Sensor build-sensor', exact: true });
    await expect(sensor).toBeVisible();
    expect(await contrastViolations(page)).toEqual([]);
    // A selected Sensor in the inspector (its doc links), then the simulator after a firing.
    await sensor.click();
    await expect(page.getByRole('region', { name: 'Inspector' })).toContainText('API reference');
    expect(await contrastViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Simulator' }).click();
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(page.getByTestId('simulator.predicted-output')).toBeVisible();
    expect(await contrastViolations(page)).toEqual([]);
  });
}
