import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const EXAMPLES = join(import.meta.dirname, '../third_party/argo-events/examples');
const example = (p: string) => readFileSync(join(EXAMPLES, p), 'utf8');

/** A Git-like folder: the same file names under event-sources/ and sensors/, as in issue 17. */
function repoFolder(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'eventflow-files-')), 'deploy');
  for (const dir of ['event-sources', 'sensors']) {
    mkdirSync(join(root, dir), { recursive: true });
    for (const name of ['webhook.yaml', 'calendar.yaml'])
      writeFileSync(join(root, dir, name), example(`${dir}/${name}`));
  }
  // What a real repository also holds, which the CLI passes by (src/cli/input/walk.ts): Kubernetes-shaped
  // YAML in node_modules and .github, Git's files, .eventflowignore'd drafts, images and docs.
  const extra: Record<string, string> = {
    'node_modules/chart/templates/sensor.yaml': example('sensors/webhook.yaml'),
    'node_modules/chart/README.md': '# chart',
    '.git/config': '[core]',
    '.github/workflows/ci.yaml': example('event-sources/calendar.yaml'),
    '.eventflowignore': 'drafts/\n',
    'drafts/old-sensor.yaml': example('sensors/calendar.yaml'),
    'docs/diagram.png': 'png',
    'README.md': '# deploy',
  };
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function openFolder(page: Page, folder: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open folder…').click();
  await (await chooser).setFiles(folder);
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  await expect(dialog).toContainText('4 files to open');
  await expect(dialog).toContainText(
    'Skipped 7 files that are not design YAML (node_modules, .eventflowignore, .git…).',
  );
  await expect(dialog.getByRole('list', { name: 'Not opened' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open as a new design' }).click();
}

const yaml = (page: Page) => page.getByRole('region', { name: 'YAML' });
const shownTab = (page: Page) =>
  yaml(page).getByRole('tablist', { name: 'Open files' }).getByRole('tab', { selected: true });
const editorText = (page: Page) => page.getByTestId('yaml.editor').locator('.view-lines');
const files = (page: Page) =>
  page.evaluate(() => (window.__eventflow?.getFiles() ?? []).map((f) => f.path));

test('a folder with sub-folders and duplicate file names: each selected node shows its own file', async ({
  page,
}) => {
  await page.goto('/?new');
  await openFolder(page, repoFolder());
  await expect
    .poll(async () => (await files(page)).sort())
    .toEqual([
      'deploy/event-sources/calendar.yaml',
      'deploy/event-sources/webhook.yaml',
      'deploy/sensors/calendar.yaml',
      'deploy/sensors/webhook.yaml',
    ]);
  const canvas = page.getByTestId('canvas');
  const tree = yaml(page).getByRole('tree', { name: 'Design files' });
  await expect(tree.getByRole('treeitem', { name: 'sensors folder' })).toBeVisible();
  await expect(tree.getByRole('treeitem', { name: /^webhook\.yaml, 1 resource$/ })).toHaveCount(2);

  await canvas.getByRole('group', { name: 'Sensor webhook', exact: true }).click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/sensors/webhook.yaml');
  await expect(editorText(page)).toContainText('kind: Sensor');
  await expect(editorText(page)).toContainText('name: webhook');

  await canvas.getByRole('group', { name: 'EventSource calendar', exact: true }).click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/event-sources/calendar.yaml');
  await expect(editorText(page)).toContainText('kind: EventSource');
  await expect(editorText(page)).toContainText('example-with-interval');
  // Both files stay open as tabs, told apart by folder where names repeat.
  await expect(yaml(page).getByRole('tab')).toHaveCount(3);

  // The file list opens any file by hand, with the keyboard too.
  const sensorWebhook = tree.getByRole('treeitem', { name: /^webhook\.yaml/ }).last();
  await sensorWebhook.click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/sensors/webhook.yaml');
  await expect(sensorWebhook).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(tree.getByRole('treeitem', { name: /^calendar\.yaml/ }).last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shownTab(page)).toHaveAccessibleName('deploy/sensors/calendar.yaml');
  await expect(editorText(page)).toContainText('kind: Sensor');

  // The cursor in the YAML still selects the node under it, in this file.
  await page.getByTestId('yaml.editor').getByText('operate-workflow-sa').first().click();
  await expect(
    page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'Sensor' }),
  ).toBeVisible();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/sensors/calendar.yaml');

  await page.screenshot({ path: '.tmp/yaml-files.png' });
  await yaml(page).screenshot({ path: '.tmp/yaml-panel.png' });
});

test('renaming a file from the file list, refusing a taken name, and Undo', async ({ page }) => {
  await page.goto('/?new');
  await openFolder(page, repoFolder());
  const tree = yaml(page).getByRole('tree', { name: 'Design files' });
  await tree
    .getByRole('treeitem', { name: /^calendar\.yaml/ })
    .first()
    .click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/event-sources/calendar.yaml');

  // F2 renames; a path that exists is refused with a reason and nothing changes.
  await page.keyboard.press('F2');
  const field = yaml(page).getByRole('textbox', { name: /New path for/ });
  await expect(field).toBeFocused();
  await field.fill('deploy/event-sources/webhook.yaml');
  await field.press('Enter');
  await expect(yaml(page).getByRole('alert')).toHaveText(
    'deploy/event-sources/webhook.yaml already exists: choose another name',
  );
  await field.fill('deploy/event-sources/every-10s.yaml');
  await field.press('Enter');
  await expect(shownTab(page)).toHaveAccessibleName('deploy/event-sources/every-10s.yaml');
  await expect.poll(() => files(page)).toContain('deploy/event-sources/every-10s.yaml');

  // Undo from the toolbar brings the old name back, and its tab with it.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/event-sources/calendar.yaml');
  expect(await files(page)).toContain('deploy/event-sources/calendar.yaml');

  // Moving to another folder, then deleting a file with resources asks first.
  await yaml(page).getByRole('button', { name: 'Move…' }).click();
  const folder = yaml(page).getByRole('combobox', { name: /Move .* to the folder/ });
  await folder.fill('deploy/archive');
  await folder.press('Enter');
  await expect(shownTab(page)).toHaveAccessibleName('deploy/archive/calendar.yaml');
  await yaml(page).getByRole('button', { name: 'Delete…' }).click();
  const confirm = yaml(page).getByRole('alertdialog', { name: 'Delete file' });
  await expect(confirm).toContainText('deploy/archive/calendar.yaml and the 1 resource in it');
  await confirm.getByRole('button', { name: 'Delete file' }).click();
  await expect.poll(() => files(page)).not.toContain('deploy/archive/calendar.yaml');
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'EventSource calendar', exact: true }),
  ).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect.poll(() => files(page)).toContain('deploy/archive/calendar.yaml');
});

test('renaming an event with comments inside and around it keeps every comment in the text', async ({
  page,
}) => {
  await page.goto('/?new');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  await (
    await chooser
  ).setFiles([
    join(EXAMPLES, 'event-sources/webhook.yaml'),
    join(EXAMPLES, 'sensors/webhook.yaml'),
  ]);
  // Two files named webhook.yaml from different folders: both open, the second renamed, and said so.
  const dialog = page.getByRole('dialog', { name: 'Open files' });
  await expect(dialog.getByRole('list', { name: 'Notes on the files' })).toHaveText(
    'webhook.yaml: two files have this path; the second one opened as webhook-2.yaml',
  );
  await dialog.getByRole('button', { name: 'Replace the current design' }).click();
  const canvas = page.getByTestId('canvas');
  await canvas.getByRole('group', { name: 'Event example', exact: true }).click();
  const name = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Name' });
  await name.fill('build');
  await name.press('Enter');
  await expect(canvas.getByRole('group', { name: 'Event build', exact: true })).toBeVisible();

  const before = example('event-sources/webhook.yaml');
  const comments = (t: string) => t.split('\n').filter((l) => l.trimStart().startsWith('#'));
  const after = await page.evaluate(
    () => window.__eventflow?.getFiles().find((f) => f.path === 'webhook.yaml')?.text ?? '',
  );
  expect(comments(after)).toEqual(comments(before));
  expect(after).toBe(before.replace('    example:\n', '    build:\n'));
  // The editor shows the renamed event with the comments inside it.
  await expect(shownTab(page)).toHaveAccessibleName('webhook.yaml');
  await expect(editorText(page)).toContainText('build:');
  await expect(editorText(page)).toContainText('# port to run HTTP server on');
  await expect(editorText(page)).toContainText('# endpoint to listen to');
  await expect(editorText(page)).toContainText('# HTTP request method to allow');
});

test('the same resource name in two files: both drawn, the copy says so and can be deleted', async ({
  page,
}) => {
  const root = join(mkdtempSync(join(tmpdir(), 'eventflow-dup-')), 'deploy');
  for (const dir of ['prod', 'staging']) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, 'webhook.yaml'), example('event-sources/webhook.yaml'));
  }
  await page.goto('/?new');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open folder…').click();
  await (await chooser).setFiles(root);
  await page
    .getByRole('dialog', { name: 'Open files' })
    .getByRole('button', { name: 'Open as a new design' })
    .click();
  const canvas = page.getByTestId('canvas');
  const first = canvas.getByRole('group', { name: 'EventSource webhook', exact: true });
  const copy = canvas.getByRole('group', { name: 'EventSource webhook (copy 2)', exact: true });
  await expect(first).toBeVisible();
  await expect(copy).toBeVisible();
  await expect(copy).toContainText('copy 2');
  await expect(canvas.getByRole('group', { name: 'Event example (copy 2)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('resource.duplicate');

  // The copy's file is shown; its inspector says why it is not edited there.
  await copy.click();
  await expect(shownTab(page)).toHaveAccessibleName('deploy/staging/webhook.yaml');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('note')).toContainText(
    'An earlier EventSource in this design is also named webhook; this is copy 2.',
  );
  await expect(inspector.getByRole('textbox', { name: 'Name' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/duplicate-resource.png' });
  await inspector.getByRole('button', { name: 'Delete this eventsource' }).click();
  await expect(copy).toHaveCount(0);
  await expect(first).toBeVisible();
  const texts = await page.evaluate(() =>
    Object.fromEntries(window.__eventflow!.getFiles().map((f) => [f.path, f.text])),
  );
  expect(texts['deploy/prod/webhook.yaml']).toContain('kind: EventSource');
  expect(texts['deploy/staging/webhook.yaml'] ?? '').not.toContain('kind: EventSource');
});
