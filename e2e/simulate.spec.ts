import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The simulator's badge on the canvas node with this accessible name (`Trigger ship`). */
const simBadge = (page: Page, node: string) =>
  page
    .getByTestId('canvas')
    .getByRole('group', { name: node, exact: true })
    .getByTestId('canvas.sim-badge');

const openSimulator = async (page: Page) => {
  await page.getByRole('tab', { name: 'Simulator' }).click();
  return page.getByRole('tabpanel', { name: 'Simulator' });
};

const AND_DESIGN = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: "2.9.22"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: hooks
spec:
  webhook:
    tests:
      port: "12000"
      endpoint: /tests
      method: POST
    scan:
      port: "12000"
      endpoint: /scan
      method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: release
spec:
  dependencies:
    - name: tests-passed
      eventSourceName: hooks
      eventName: tests
    - name: scan-clean
      eventSourceName: hooks
      eventName: scan
  triggers:
    - template:
        name: ship
        conditions: tests-passed && scan-clean
        log: {}
`;

const CALENDAR_DESIGN = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: "2.9.22"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: nightly
spec:
  calendar:
    cleanup:
      schedule: "0 2 * * *"
      timezone: UTC
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: cleanup
spec:
  dependencies:
    - name: tick
      eventSourceName: nightly
      eventName: cleanup
  triggers:
    - template:
        name: clean
        log: {}
`;

test('the hands-on webhook fires the Workflow with kubedojo and the predicted output', async ({
  page,
}) => {
  await page.goto('/');
  const sim = await openSimulator(page);
  await expect(sim.getByRole('combobox', { name: 'Event' })).toHaveValue('webhook/build');
  await expect(sim.getByRole('textbox', { name: 'Body' })).toHaveValue(/"project": "kubedojo"/);
  await sim.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  const details = sim.getByRole('region', { name: 'Details' });
  await expect(details.getByTestId('simulator.predicted-output')).toHaveText(
    'Received event data: kubedojo',
  );
  await expect(details.getByRole('table', { name: 'Parameters' })).toContainText(
    'spec.arguments.parameters.0.value',
  );
  await expect(details.getByRole('table', { name: 'Parameters' })).toContainText('kubedojo');
  await expect(simBadge(page, 'Trigger trigger-workflow')).toHaveText('fired · 1×');

  await details.getByRole('tab', { name: 'Reproduce' }).click();
  // The seed EventSource has no spec.service, so there is no Service to forward to: the pod it is.
  await expect(details).toContainText(
    'kubectl -n argo-events port-forward "$(kubectl -n argo-events get pod -l eventsource-name=webhook',
  );
  await expect(details).not.toContainText('eventsource-svc');
  await expect(details).toContainText(
    "curl -X POST http://localhost:12000/build -H 'Content-Type: application/json'",
  );
  await details.getByRole('tab', { name: 'Event' }).click();
  await expect(details.getByRole('button', { name: 'body: {3}' })).toBeVisible();
  // Following the newest step, the details stay on the tab chosen and show the next step there.
  await sim.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('2 trigger firings');
  await expect(details.getByRole('tab', { name: 'Event' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(details.getByRole('button', { name: 'body: {3}' })).toBeVisible();

  // Invalid JSON cannot be sent, and says where the mistake is.
  await sim.getByRole('textbox', { name: 'Body' }).fill('{"project": }');
  await expect(sim.getByRole('alert')).toContainText('not valid JSON at line 1, column 13');
  await expect(sim.getByRole('button', { name: 'Send event' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/simulator.png' });
});

test('a data filter that drops the event names the path, the value found and the comparator', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Dependency webhook-build', exact: true })
    .click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Add data filter' }).click();
  const row = inspector.getByRole('group', { name: 'Data filter 1' });
  await row.getByRole('textbox', { name: 'Path' }).fill('body.project');
  await row.getByRole('textbox', { name: 'Path' }).press('Enter');
  await row.getByRole('textbox', { name: 'Values (comma-separated, any of)' }).fill('^argo$');
  await row.getByRole('textbox', { name: 'Values (comma-separated, any of)' }).press('Enter');

  await page.getByTestId('canvas').getByRole('group', { name: 'Event build', exact: true }).click();
  await inspector.getByRole('button', { name: 'Send a test event' }).click();
  const sim = page.getByRole('tabpanel', { name: 'Simulator' });
  await expect(sim.getByTestId('simulator.summary')).toHaveText('0 trigger firings');
  await expect(sim.getByRole('region', { name: 'Timeline' })).toContainText(
    'dropped by the filters',
  );
  const why = sim.getByRole('region', { name: 'Details' });
  await expect(why).toContainText('Dependency build-sensor/webhook-build dropped the event');
  await expect(why).toContainText('data body.project found');
  await expect(why).toContainText('kubedojo');
  await expect(why).toContainText('^argo$');
  await expect(simBadge(page, 'Dependency webhook-build')).toHaveText('dropped · 1×');
});

test('an AND of two dependencies waits for the second event, then fires; time travel shows the wait', async ({
  page,
}) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((text) => window.__eventflow!.setFileText('design.yaml', text), AND_DESIGN);
  await expect(
    page.getByTestId('canvas').getByRole('group', { name: 'Trigger ship', exact: true }),
  ).toBeVisible();
  const sim = await openSimulator(page);
  await sim.getByRole('combobox', { name: 'Event' }).selectOption('hooks/tests');
  await sim.getByRole('button', { name: 'Send event' }).click();
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('ship waits for scan-clean');
  await expect(sim.getByRole('region', { name: 'Details' })).toContainText(
    'holds tests-passed and waits for scan-clean',
  );
  await sim.getByRole('combobox', { name: 'Event' }).selectOption('hooks/scan');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(timeline).toContainText('fired ship');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');

  await timeline.getByRole('button', { name: /#1 hooks\/tests/ }).click();
  await expect(sim.getByRole('region', { name: 'Details' })).toContainText(
    'Held now, waiting for the rest of their conditions',
  );
  await expect(simBadge(page, 'Trigger ship')).toHaveText('waiting · 1×');
  await timeline.getByRole('button', { name: 'Back to latest' }).click();
  // One firing after one wait: each state counts its own (it once said "fired · 2×").
  const badge = simBadge(page, 'Trigger ship');
  await expect(badge).toHaveText('fired · 1×');
  await expect(badge).toHaveAttribute('title', 'fired at this step; so far fired 1×, waiting 1×');
});

test('a calendar source fires when the virtual clock reaches its schedule', async ({ page }) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate(
    (text) => window.__eventflow!.setFileText('design.yaml', text),
    CALENDAR_DESIGN,
  );
  const sim = await openSimulator(page);
  await expect(sim.getByTestId('simulator.clock')).toHaveText('2026-01-01T09:00:00Z');
  await sim.getByRole('textbox', { name: 'Advance by' }).fill('2h');
  await sim.getByRole('button', { name: 'Advance', exact: true }).click();
  await expect(sim.getByTestId('simulator.clock')).toHaveText('2026-01-01T11:00:00Z');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('0 trigger firings');
  await sim
    .getByRole('button', { name: /Run to the next calendar tick \(2026-01-02T02:00:00Z\)/ })
    .click();
  await expect(sim.getByTestId('simulator.clock')).toHaveText('2026-01-02T02:00:00Z');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  await expect(sim.getByRole('region', { name: 'Timeline' })).toContainText('fired clean');
});

test('shipped scenarios pass, and a run saved as a scenario joins them', async ({ page }) => {
  await page.goto('/');
  const sim = await openSimulator(page);
  await expect(sim.getByTestId('scenarios.badge')).toHaveText('3/3 pass');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  await sim.getByRole('textbox', { name: 'Scenario name' }).fill('my run');
  await sim.getByRole('button', { name: 'Save run as scenario' }).click();
  await expect(sim.getByTestId('scenarios.badge')).toHaveText('4/4 pass');
  const download = page.waitForEvent('download');
  await sim.getByRole('button', { name: 'Download scenarios file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Event-driven-build-pipeline.scenarios.yaml');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('kind: Scenarios');
  expect(text).toContain('- name: my run');
  expect(text).toContain('output: "Received event data: kubedojo"');
  // Breaking the mapping turns the scenarios red, with the reason.
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
    .click();
  const key = page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('textbox', { name: 'Key or template' });
  await key.fill('body.branch');
  await key.press('Enter');
  await expect(sim.getByTestId('scenarios.badge')).toHaveText('1/4 pass');
  await expect(sim.getByRole('region', { name: 'Scenarios' })).toContainText(
    'spec.arguments.parameters.0.value is "main", expected "kubedojo"',
  );
  await page.screenshot({ path: 'test-results/scenarios.png' });
});

test("an event node's context menu sends a test event", async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('canvas')
    .getByRole('group', { name: 'Event build', exact: true })
    .click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'build actions' });
  await expect(menu.getByRole('menuitem', { name: 'Send a test event' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(
    page.getByRole('tabpanel', { name: 'Simulator' }).getByTestId('simulator.summary'),
  ).toHaveText('1 trigger firing');
});

test('a burst of 1,000 events runs in the worker while the page keeps answering', async ({
  page,
}) => {
  await page.goto('/');
  const sim = await openSimulator(page);
  await sim.getByRole('combobox', { name: 'times' }).selectOption('1000');
  // While the burst runs, the path it takes is marked but not animated (a moving dash repaints the
  // canvas in every frame); once it is over, the path moves again.
  await page.evaluate(() => {
    const seen = { marked: 0, moving: 0 };
    Object.assign(window, { __pathSeen: seen });
    const look = () => {
      const sending = [...document.querySelectorAll('button')].some(
        (b) => b.textContent === 'Sending…',
      );
      if (sending) {
        seen.marked = Math.max(seen.marked, document.querySelectorAll('.sim-path').length);
        seen.moving = Math.max(seen.moving, document.querySelectorAll('.sim-path.animated').length);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await sim.getByRole('button', { name: 'Send event' }).click();
  // The page answers (a palette search filters) while the burst is under way.
  await page.getByRole('searchbox', { name: 'Search the palette' }).fill('kafka');
  await expect(page.getByRole('button', { name: 'Add Kafka EventSource' })).toBeVisible();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1000 trigger firings', {
    timeout: 60_000,
  });
  // Above a long timeline the summary keeps its line (it used to shrink to nothing).
  await expect(sim.getByTestId('simulator.summary')).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { __pathSeen: object }).__pathSeen);
  expect(seen).toEqual({ marked: expect.any(Number), moving: 0 });
  expect((seen as { marked: number }).marked).toBeGreaterThan(0);
  await expect(page.locator('.react-flow__edge.sim-path.animated').first()).toBeAttached();
  // The timeline shows the last 200 steps, with only the rows in view in the page; scrolling to
  // the end brings the newest step, and each row says where it is among all of them.
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByRole('button', { name: /Show earlier steps \(800 more\)/ }),
  ).toBeVisible();
  const rows = timeline.getByRole('listitem');
  expect(await rows.count()).toBeLessThan(60);
  await expect(rows.first()).toHaveAttribute('aria-setsize', '200');
  await expect(rows.first()).toContainText('#801');
  await timeline.getByRole('list').evaluate((l) => (l.scrollTop = l.scrollHeight));
  await expect(timeline.getByRole('button', { name: /^#1000 / })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^#1000 / })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await page.screenshot({ path: 'test-results/burst-timeline.png' });
});

test('a 10,000-event burst: the summary and badges count every step, the timeline keeps the last 2,000', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const sim = await openSimulator(page);
  await sim.getByRole('combobox', { name: 'times' }).selectOption('10000');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('10000 trigger firings', {
    timeout: 120_000,
  });
  await expect(sim.getByRole('button', { name: 'Send event' })).toBeEnabled();
  await expect(simBadge(page, 'Trigger trigger-workflow')).toHaveText('fired · 10000×');
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('note')).toHaveText(
    'The timeline keeps the last 2,000 steps; 8,000 older steps were let go (their effect on waiting triggers stays).',
  );
  // The details show the step the burst ended on, its firing's output first.
  const details = sim.getByRole('region', { name: 'Details' });
  await expect(details.getByTestId('simulator.predicted-output')).toHaveText(
    'Received event data: kubedojo',
  );
  await timeline.getByRole('list').evaluate((l) => (l.scrollTop = l.scrollHeight));
  await expect(timeline.getByRole('button', { name: /^#10000 / })).toHaveAttribute(
    'aria-current',
    'step',
  );
});

test('saved events are kept with the design and replay in order', async ({ page }) => {
  await page.goto('/');
  let sim = await openSimulator(page);
  await sim.getByRole('textbox', { name: 'Body' }).fill('{"project": "first"}');
  await sim.getByRole('textbox', { name: 'Name for this event' }).fill('first build');
  await sim.getByRole('button', { name: 'Save event' }).click();
  await sim.getByRole('textbox', { name: 'Body' }).fill('{"project": "second"}');
  await sim.getByRole('textbox', { name: 'Name for this event' }).fill('second build');
  await sim.getByRole('button', { name: 'Save event' }).click();
  await page.waitForTimeout(700);
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  sim = await openSimulator(page);
  const saved = sim.getByRole('region', { name: 'Saved events' });
  await saved.getByRole('button', { name: 'Replay all' }).click();
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('(first build)');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('(second build)');
  await expect(sim.getByRole('region', { name: 'Details' })).toContainText('second');
});

const FILTERED_SOURCES = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: "2.9.22"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: shop
spec:
  github:
    repo:
      events: [push, pull_request]
      repositories: [{owner: example, names: [app]}]
      webhook: {endpoint: /gh, port: "12000", method: POST}
  webhook:
    orders:
      port: "12000"
      endpoint: /orders
      method: POST
      filter:
        expression: body.amount > 100
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: shop
spec:
  dependencies:
    - {name: pr, eventSourceName: shop, eventName: repo}
    - {name: order, eventSourceName: shop, eventName: orders}
  triggers:
    - template:
        name: note
        conditions: pr || order
        log: {}
`;

test('the composer offers the event kinds a source receives, and says why an EventSource did not publish', async ({
  page,
}) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate(
    (text) => window.__eventflow!.setFileText('design.yaml', text),
    FILTERED_SOURCES,
  );
  const sim = await openSimulator(page);
  await sim.getByRole('combobox', { name: 'Event' }).selectOption('shop/repo');
  const kinds = sim.getByRole('combobox', { name: 'Sample' });
  await expect(kinds.locator('option')).toHaveText([
    'push to refs/heads/main',
    'pull_request opened',
  ]);
  await kinds.selectOption('pull_request');
  await expect(sim.getByRole('textbox', { name: 'Headers' })).toHaveValue(
    /X-GitHub-Event: pull_request/,
  );
  await expect(sim.getByRole('textbox', { name: 'Body' })).toHaveValue(/"pull_request": \{/);
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');

  await sim.getByRole('combobox', { name: 'Event' }).selectOption('shop/orders');
  await sim.getByRole('textbox', { name: 'Body' }).fill('{"amount": 5}');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(sim.getByRole('region', { name: 'Timeline' })).toContainText(
    'not published: the filter expression "body.amount > 100" is false',
  );
  await expect(sim.getByRole('region', { name: 'Details' })).toContainText(
    'was not published by its EventSource',
  );
});

test('an EventSource of many events: the composer lists fifty and finds the others by name', async ({
  page,
}) => {
  const events = Array.from(
    { length: 60 },
    (_, i) => `    e-${i}:\n      port: "12000"\n      endpoint: /e${i}\n      method: POST\n`,
  ).join('');
  const design = `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: many\nspec:\n  webhook:\n${events}`;
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((text) => window.__eventflow!.setFileText('design.yaml', text), design);
  const sim = await openSimulator(page);
  const event = sim.getByRole('combobox', { name: 'Event', exact: true });
  await expect(event.getByRole('option')).toHaveCount(50);
  const find = sim.getByRole('searchbox', { name: 'Find an event', exact: true });
  await expect(find).toHaveAccessibleDescription('60 of 60 events; the first 50 are listed');
  await find.fill('e-59');
  await expect(find).toHaveAccessibleDescription('1 of 60 events');
  // The chosen event stays listed beside what was found.
  await expect(event.getByRole('option')).toHaveText(['many/e-0 (webhook)', 'many/e-59 (webhook)']);
  await event.selectOption('many/e-59');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await expect(sim.getByRole('region', { name: 'Timeline' })).toContainText('#1 many/e-59');
  await page.screenshot({ path: 'test-results/simulator-many-events.png' });
});
