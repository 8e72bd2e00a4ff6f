import { test, expect } from './fixtures';

test('sends the sample webhook through the real simulation worker and shows the firing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Simulator' }).click();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue('webhook/build');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.fill('{"project":"kubedojo","branch":"main","commit":"abc123"}');
  await page.getByRole('button', { name: 'Send event' }).click();
  const result = page.getByRole('region', { name: 'Simulation result' });
  await expect(result.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  await expect(result).toContainText('Trigger build-sensor/trigger-workflow FIRED (argoWorkflow): submit Workflow event-build-');

  // A body without the mapped key: the trigger fails and says why.
  await body.fill('{"branch":"main"}');
  await page.getByRole('button', { name: 'Send event' }).click();
  await expect(result).toContainText("unable to resolve 'webhook-build' parameter value");
  await page.screenshot({ path: 'test-results/simulator.png' });
});
