import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const SEED = readFileSync(
  join(import.meta.dirname, '../src/examples/seed-build-pipeline.yaml'),
  'utf8',
);
const manifests = (text: string) =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as { kind: string; metadata: { name: string } })
    .sort((a, b) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`));

async function setField(page: Page, label: string, value: string) {
  const field = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: label, exact: true });
  await field.fill(value);
  await field.press('Enter');
}

test('builds the hands-on pipeline from an empty canvas with palette, wiring and inspector', async ({
  page,
}) => {
  await page.goto('/?new');
  const canvas = page.getByTestId('canvas');
  const search = page.getByRole('searchbox', { name: 'Search the palette' });

  await search.fill('jetstream');
  await page.getByRole('button', { name: 'Add NATS JetStream EventBus' }).click();
  await setField(page, 'version', '2.9.22');

  await search.fill('webhook');
  await page.getByRole('button', { name: 'Add Webhook EventSource' }).click();
  await canvas.getByRole('group', { name: 'Event example', exact: true }).click();
  await setField(page, 'Name', 'build');
  await setField(page, 'endpoint', '/build');

  await search.fill('argo');
  await page.getByRole('button', { name: 'Add Argo Workflow trigger' }).click();
  await setField(page, 'Name', 'trigger-workflow');
  await setField(page, 'Resource name prefix (generateName)', 'event-build-');
  await canvas
    .getByRole('group', { name: 'Sensor sensor', exact: true })
    .click({ position: { x: 60, y: 12 } });
  await setField(page, 'Name', 'build-sensor');

  await canvas
    .getByRole('group', { name: 'Event build', exact: true })
    .locator('.react-flow__handle-right')
    .dragTo(
      canvas
        .getByRole('group', { name: 'Sensor build-sensor', exact: true })
        .locator('.react-flow__handle-left'),
    );
  await expect(
    canvas.getByRole('group', { name: 'Dependency webhook-build', exact: true }),
  ).toBeVisible();

  await canvas.getByRole('group', { name: 'Trigger trigger-workflow', exact: true }).click();
  await page.getByRole('button', { name: 'Add parameter' }).click();
  await setField(page, 'Key or template', 'body.project');

  await expect(page.getByTestId('problems.summary')).toHaveText(/^0 errors, 0 warnings/);
  const files = await page.evaluate(() => window.__eventflow?.getFiles() ?? []);
  expect(manifests(files.map((f) => f.text).join('\n---\n'))).toEqual(manifests(SEED));
  await page.screenshot({ path: 'test-results/build-seed.png' });
});
