import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** Records every CSP violation the page reports, from before the first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

const openSimulator = async (page: Page) => {
  await page.getByRole('tab', { name: 'Simulator' }).click();
  return page.getByRole('tabpanel', { name: 'Simulator' });
};

const TRANSFORMS = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata: {name: default}
spec: {jetstream: {version: "2.9.22"}}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: webhook}
spec:
  webhook:
    build: {port: "12000", endpoint: /build, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: transforms}
spec:
  dependencies:
    - name: jq-dep
      eventSourceName: webhook
      eventName: build
      transform: {jq: ".body.project |= ascii_upcase"}
      filters:
        script: |-
          if event.body.project == "KUBEDOJO" then return true else return false end
  triggers:
    - template:
        name: shout
        log: {}
`;

test('the built app runs under its strict Content-Security-Policy, with Monaco, the worker, jq and Lua', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(scripts, policy).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("unsafe-eval'" + ' ');
    // WebSockets to loopback ports only (eventflow tap --serve); nothing remote, no other wildcard.
    const connect = /connect-src ([^;]*)/.exec(policy)?.[1] ?? '';
    expect(connect, policy).toBe("'self' ws://127.0.0.1:* ws://localhost:*");
    expect(policy.replace(connect, '')).not.toMatch(/https?:|wss?:|\*/);
  }
  await expect(page.getByRole('region', { name: 'YAML' }).locator('.monaco-editor')).toBeVisible();
  await page.evaluate(
    (text) => window.__eventflow?.setFileText(window.__eventflow.getFiles()[0]!.path, text),
    TRANSFORMS,
  );
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Sensor transforms', exact: true }),
  ).toBeVisible();
  const sim = await openSimulator(page);
  await sim.getByRole('textbox', { name: 'Body' }).fill('{"project": "kubedojo"}');
  await sim.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  await expect(sim.getByRole('region', { name: 'Details' })).toContainText('KUBEDOJO');
  expect(await violations()).toEqual([]);
});

const HOSTILE = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: "<img src=x onerror=window.__pwned=1>"
  annotations: {note: "<script>window.__pwned=2</script>"}
spec:
  webhook:
    "<svg onload=window.__pwned=3>": {port: "12000", endpoint: /x, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: "javascript:window.__pwned=4"}
spec:
  dependencies:
    - name: "<b onmouseover=window.__pwned=5>dep</b>"
      eventSourceName: "<img src=x onerror=window.__pwned=1>"
      eventName: "<svg onload=window.__pwned=3>"
  triggers:
    - template:
        name: "<iframe src=javascript:window.__pwned=6>"
        log: {}
`;

test('a design full of script-like strings is shown as text and runs nothing', async ({ page }) => {
  const violations = await watchViolations(page);
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  await page.goto('/?new');
  await expect(page.getByTestId('design.name')).toHaveText('Untitled design');
  await page.evaluate(
    (text) => window.__eventflow?.setFileText(window.__eventflow.getFiles()[0]!.path, text),
    HOSTILE,
  );
  const canvas = page.getByTestId('canvas');
  await expect(
    canvas.getByRole('group', {
      name: 'EventSource <img src=x onerror=window.__pwned=1>',
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    canvas.getByTestId('canvas.node.trigger').getByText('<iframe src=javascript:window.__pwned=6>'),
  ).toBeVisible();
  await canvas
    .getByRole('group', { name: 'Dependency <b onmouseover=window.__pwned=5>dep</b>', exact: true })
    .hover();

  const sim = await openSimulator(page);
  await sim
    .getByRole('textbox', { name: 'Body' })
    .fill('{"html": "<img src=y onerror=window.__pwned=7>", "<script>k</script>": 1}');
  await sim.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
  await expect(sim.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(1);
  const details = sim.getByRole('region', { name: 'Details' });
  await details.getByRole('tab', { name: 'Event' }).click();
  await details.getByRole('button', { name: 'body: {2}' }).click();
  await expect(details).toContainText('<img src=y onerror=window.__pwned=7>');
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Problems' })).toContainText(
    '<img src=x onerror=window.__pwned=1>',
  );

  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(
    await page.locator('img[src="x"], img[src="y"], iframe, svg[onload], b[onmouseover]').count(),
  ).toBe(0);
  expect(await violations()).toEqual([]);
  await page.screenshot({ path: 'test-results/hostile-design.png' });
});

test('a hostile lesson file is rendered as text', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const lesson = `apiVersion: eventflow.dev/v1alpha1
kind: Lesson
id: hostile
title: "<img src=x onerror=window.__pwned=8>"
goal: "Read <script>window.__pwned=9</script> and \`<b onclick=x>\`"
checks:
  - title: "<svg onload=window.__pwned=10>"
    hint: "<a href=javascript:window.__pwned=11>click</a>"
    noErrors: true
`;
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open files…').click();
  await (
    await chooser
  ).setFiles({
    name: 'hostile.lesson.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(lesson),
  });
  const panel = page.getByRole('complementary', { name: 'Lesson' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    '<img src=x onerror=window.__pwned=8>',
  );
  await expect(panel).toContainText('Read <script>window.__pwned=9</script> and <b onclick=x>');
  await expect(panel).toContainText('<a href=javascript:window.__pwned=11>click</a>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(
    await page.locator('img[src="x"], svg[onload], a[href^="javascript"], b[onclick]').count(),
  ).toBe(0);
  expect(await violations()).toEqual([]);
});
