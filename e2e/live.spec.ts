// "Connect to a live EventBus": a real nats-server with JetStream, `eventflow tap --serve` from this
// checkout, events published as an EventSource pod publishes them, and the app following them
// under its Content-Security-Policy.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { test, expect } from './fixtures';
import { skipLive, startNatsServer, type NatsServer } from '../src/cli/live/natsServer.testkit';

const ROOT = join(import.meta.dirname, '..');

/** A webhook event as the pod publishes it (sdk-go WriteJson order, data as data_base64). */
function podBody(id: string, data: string): string {
  return (
    `{"specversion":"1.0","id":"${id}","source":"webhook","type":"webhook","subject":"build",` +
    `"datacontenttype":"application/json","time":"${new Date().toISOString()}",` +
    `"data_base64":"${Buffer.from(data).toString('base64')}"}`
  );
}

test.describe('a live EventBus in the simulator', () => {
  test.skip(skipLive, 'nats-server is not installed');
  let server: NatsServer;
  let nc: NatsConnection;
  let tap: ChildProcess;
  let link = '';

  test.beforeAll(async () => {
    server = await startNatsServer();
    nc = await connect({ servers: server.url.replace('nats://', '') });
    await (await jetstreamManager(nc)).streams.add({ name: 'default', subjects: ['default.*.*'] });
    tap = spawn(
      process.execPath,
      [join(ROOT, 'bin/eventflow.js'), 'tap', '--bus', server.url, '--serve', '--allow-publish'],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let out = '';
    link = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the tap printed no link:\n${out}`)), 60_000);
      tap.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /paste (ws:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
        if (m) {
          clearTimeout(t);
          resolve(m[1]!);
        }
      });
    });
  });
  test.afterAll(async () => {
    tap?.kill('SIGINT');
    await nc?.close();
    await server?.dispose();
  });

  test('real events arrive marked live, with Why, Output, badges, and become a scenario', async ({
    page,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('__violation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violation: (v: string) => void }).__violation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await page.goto('/');
    await page.getByRole('tab', { name: 'Simulator' }).click();
    const sim = page.getByRole('tabpanel', { name: 'Simulator' });

    await sim.getByRole('button', { name: 'Connect to a live EventBus' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect to a live EventBus' });
    await dialog
      .getByRole('textbox', { name: 'Link printed by the tap' })
      .fill('ws://example.com:80/?token=abcdefabcdefabcdef');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/Only a tap on this machine/);
    await dialog.getByRole('textbox', { name: 'Link printed by the tap' }).fill(link);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog.getByRole('status').first()).toContainText(
      `Connected to the tap following ${server.url}`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();

    const id = 'ab12'.repeat(8);
    const data =
      '{"header":{"Content-Type":["application/json"]},"body":{"project":"from-the-cluster"}}';
    await jetstream(nc).publish('default.webhook.build', podBody(id, data), { msgID: id });

    const timeline = sim.getByRole('region', { name: 'Timeline' });
    const entry = timeline.getByRole('button', { name: /live webhook\/build/ });
    await expect(entry).toBeVisible();
    await expect(entry.locator('.timeline-live')).toHaveText('live');
    await expect(sim.getByTestId('live.summary')).toContainText('1 live event');
    const details = sim.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('table', { name: 'Parameters' })).toContainText(
      'from-the-cluster',
    );
    await details.getByRole('tab', { name: 'Why' }).click();
    await expect(details).toContainText('webhook-build');
    await expect(
      page
        .getByTestId('canvas')
        .getByRole('group', { name: 'Trigger trigger-workflow', exact: true })
        .getByTestId('canvas.sim-badge'),
    ).toHaveText('fired · 1×');

    await sim.getByRole('textbox', { name: 'Scenario name' }).fill('the real build event');
    await sim.getByRole('button', { name: 'Save run as scenario' }).click();
    const scenarios = sim.getByRole('region', { name: 'Scenarios' });
    await expect(scenarios.getByRole('listitem', { name: 'the real build event' })).toContainText(
      '✓',
    );
    // The design's own scenarios and the new one all pass.
    await expect(scenarios.getByTestId('scenarios.badge')).toHaveText(/^(\d+)\/\1 pass$/);

    // Send to the live bus: a simulated event, confirmed naming the server, comes back live.
    await sim.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
    await details.getByRole('tab', { name: 'Event' }).click();
    await details.getByRole('button', { name: 'Send to the live bus' }).click();
    const confirm = details.getByRole('alertdialog', { name: 'Send to the live bus?' });
    await expect(confirm).toContainText(`Publish webhook/build to ${server.url}?`);
    await confirm.getByRole('button', { name: `Publish to ${server.url}` }).click();
    // It comes back from the bus as a live event (the details then follow the newest entry).
    await expect(timeline.getByRole('button', { name: /live webhook\/build/ })).toHaveCount(2);
    await expect(sim.getByTestId('live.summary')).toContainText('2 live events');
    expect(violations).toEqual([]);
  });
});
