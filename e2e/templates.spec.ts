import { test, expect } from './fixtures';

const TEMPLATES = [
  'Event-driven build pipeline',
  'GitHub push → build',
  'S3/MinIO .csv upload → pipeline',
  'Nightly cleanup at 02:00 UTC',
  'Two sources: AND and OR',
  'Webhook → HTTP request',
  'Kafka → Kubernetes resource',
  'Log trigger: see raw events',
];

test('an empty design offers the templates; each template opens clean with its scenarios passing', async ({
  page,
}) => {
  await page.goto('/?new');
  await page
    .getByRole('note', { name: 'Empty design' })
    .getByRole('button', { name: 'Start from a template' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  for (const [i, title] of TEMPLATES.entries()) {
    if (i > 0) await page.getByRole('button', { name: 'Templates' }).click();
    await dialog
      .getByRole('listitem', { name: title })
      .getByRole('button', { name: 'Use template' })
      .click();
    await expect(page.getByTestId('design.name')).toHaveText(title);
    await expect(page.getByTestId('problems.summary')).toHaveText(/^0 errors, 0 warnings/);
    await page.getByRole('tab', { name: 'Simulator' }).click();
    const badge = page.getByTestId('scenarios.badge');
    await expect(badge).toHaveText(/^(\d+)\/\1 pass$/);
    await page.getByRole('tab', { name: 'Problems' }).click();
  }
  await page.screenshot({ path: 'test-results/templates.png' });
});
