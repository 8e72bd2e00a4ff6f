import { test, expect } from './fixtures';

const RETRY_DESIGN = `apiVersion: argoproj.io/v1alpha1
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
    deploy:
      port: "12000"
      endpoint: /deploy
      method: POST
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: deployer
spec:
  dependencies:
    - name: deploy
      eventSourceName: hooks
      eventName: deploy
  triggers:
    - template:
        name: call-api
        http:
          url: http://api.example/deploy
      atLeastOnce: true
      retryStrategy:
        steps: 3
        duration: 1s
        factor: 2
      dlqTrigger:
        template:
          name: page-oncall
          log: {}
        atLeastOnce: true
`;

test('a failing trigger retries on the virtual clock and hands its events to the dead-letter trigger; Why shows every attempt', async ({
  page,
}) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((text) => window.__eventflow!.setFileText('design.yaml', text), RETRY_DESIGN);
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const sim = page.getByRole('tabpanel', { name: 'Simulator' });
  const outcomes = sim.getByRole('group', { name: 'Trigger outcomes' });
  await outcomes
    .getByRole('combobox', { name: 'Outcome of deployer/call-api' })
    .selectOption('error');
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('deployer/call-api fails with an error');

  await sim.getByRole('combobox', { name: 'Event' }).selectOption('hooks/deploy');
  await sim.getByRole('button', { name: 'Send event' }).click();
  const details = sim.getByRole('region', { name: 'Details' });
  // The first attempt fails at once; the retry waits for the clock.
  await expect(timeline).toContainText('call-api waits to retry at 2026-01-01T09:00:01Z');
  await expect(details).toContainText('attempt 1 failed');
  await expect(details).toContainText('retries: attempt 2 at 09:00:01 after a backoff wait of 1 s');
  await expect(details).toContainText('jitter puts it between 09:00:01 and 09:00:02');
  const pending = details.getByRole('list', { name: 'Pending trigger actions' });
  await expect(pending).toContainText('deployer/call-api: attempt 2 starts at 09:00:01');
  await expect(sim.getByTestId('simulator.summary')).toHaveText('0 trigger firings');

  await outcomes.getByRole('button', { name: 'Finish them all' }).click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('2 trigger firings, 1 failed');
  await details.getByRole('tab', { name: 'Why' }).click();
  const attempts = details.getByRole('list', { name: 'Attempts of deployer/call-api' });
  await expect(attempts.getByRole('listitem')).toHaveText([
    /09:00:00 attempt 1 ✗ failed/,
    /09:00:00 backoff wait 1 s/,
    /09:00:01 attempt 2 ✗ failed/,
    /09:00:01 backoff wait 2 s/,
    /09:00:03 attempt 3 ✗ failed/,
    /09:00:03 retries exhausted: the events go to the dlqTrigger page-oncall/,
  ]);
  await expect(details).toContainText('gave up: its events go to the dlqTrigger page-oncall');
  await expect(details).toContainText(
    'Trigger deployer/page-oncall fired (log) as the dead-letter trigger of call-api at 09:00:03',
  );
  await expect(pending).toHaveCount(0);

  await details.getByRole('tab', { name: /Output/ }).click();
  const failed = details.getByRole('article', { name: 'Firing of deployer/call-api' });
  await expect(failed.getByTestId('simulator.firing-run')).toContainText(
    'Failed after 3 attempts, ran at 09:00:00',
  );
  await expect(
    details
      .getByRole('article', { name: 'Firing of deployer/page-oncall' })
      .getByTestId('simulator.firing-run'),
  ).toContainText('Succeeded, ran at 09:00:03 as the dead-letter trigger of call-api');
  await page.screenshot({ path: 'test-results/simulator-retries.png' });
});

test('two events under a rate limit of one per minute: the second fires a minute later', async ({
  page,
}) => {
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  const limited = RETRY_DESIGN.replace(
    '      retryStrategy:',
    '      rateLimit:\n        unit: Minute\n        requestsPerUnit: 1\n      retryStrategy:',
  );
  await page.evaluate((text) => window.__eventflow!.setFileText('design.yaml', text), limited);
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const sim = page.getByRole('tabpanel', { name: 'Simulator' });
  await sim.getByRole('combobox', { name: 'Event' }).selectOption('hooks/deploy');
  await sim.getByRole('button', { name: 'Send event' }).click();
  await sim.getByRole('button', { name: 'Send event' }).click();
  const timeline = sim.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText(
    'call-api waits for its rate limit until 2026-01-01T09:01:00Z',
  );
  await expect(sim.getByTestId('simulator.summary')).toHaveText('1 trigger firing');
  await sim.getByRole('button', { name: 'Run to the next action' }).click();
  await expect(sim.getByTestId('simulator.summary')).toHaveText('2 trigger firings');
  await expect(sim.getByTestId('simulator.clock')).toHaveText('2026-01-01T09:01:00Z');
});

test('a design with many triggers lists fifty outcomes at a time and finds the others by name', async ({
  page,
}) => {
  const triggers = Array.from(
    { length: 60 },
    (_, i) => `    - template:\n        name: t-${i}\n        log: {}\n`,
  ).join('');
  const design = RETRY_DESIGN.replace(/ {2}triggers:\n[\s\S]*$/, `  triggers:\n${triggers}`);
  await page.goto('/?new');
  await page.waitForFunction(() => Boolean(window.__eventflow));
  await page.evaluate((text) => window.__eventflow!.setFileText('design.yaml', text), design);
  await page.getByRole('tab', { name: 'Simulator' }).click();
  const outcomes = page.getByRole('tabpanel', { name: 'Simulator' }).getByRole('group', {
    name: 'Trigger outcomes',
  });
  await expect(outcomes.getByRole('combobox', { name: /^Outcome of / })).toHaveCount(50);
  await expect(outcomes.getByRole('note')).toHaveText(
    '10 more of 60 triggers: find one by its name.',
  );
  await outcomes.getByRole('searchbox', { name: 'Find a trigger', exact: true }).fill('t-59');
  await expect(outcomes.getByRole('combobox', { name: /^Outcome of / })).toHaveCount(1);
  await outcomes
    .getByRole('combobox', { name: 'Outcome of deployer/t-59' })
    .selectOption('timeout');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    'deployer/t-59 times out',
  );
  await expect(outcomes.getByRole('note')).toHaveCount(0);
});
