// `eventflow tap` on a real nats-server (Debian's): how many events per second it follows with the
// full trace (the installed bundle, engine in its worker, JSON lines out), against a plain
// subscriber that only decodes the same messages the way the sensor does; and the delay from a
// publish to the tap's printed line. Both sides run in this run on this machine: compare ratios.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { natsServerPath, startNatsServer } from '../src/cli/live/natsServer.testkit';
import { createUpstreamStream, podBody, webhookData } from '../src/cli/live/liveTest.testkit';

export interface TapBench {
  events: number;
  tapMs: number;
  plainMs: number;
  latencyMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Publishes n pod-shaped events, a window of acks in flight at a time. */
async function publishMany(nc: NatsConnection, n: number, tag: string): Promise<void> {
  const js = jetstream(nc);
  const body = (i: number) =>
    podBody({
      source: 'webhook',
      subject: 'build',
      data: webhookData({ project: `p${i}`, branch: 'main', commit: tag }),
    });
  for (let i = 0; i < n; i += 200) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 200); j++) {
      const { id, body: b } = body(j);
      batch.push(js.publish('default.webhook.build', b, { msgID: id }));
    }
    await Promise.all(batch);
  }
}

/** Runs a program until it has printed `n` lines matching `re`; resolves with the time it took from `start()`. */
function follow(
  args: string[],
  ready: RegExp,
  start: () => Promise<void>,
  done: (out: string) => boolean,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let t0 = 0;
    let started = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!started && ready.test(out)) {
        started = true;
        t0 = performance.now();
        start().catch(reject);
      }
      if (started && done(out)) {
        const ms = performance.now() - t0;
        child.kill('SIGINT');
        resolve(ms);
      }
    });
    child.on('exit', (code) => {
      if (!started) reject(new Error(`${args.join(' ')} exited ${code}: ${out}`));
    });
  });
}

export async function benchTap(
  root: string,
  bundle: string,
  events = 3000,
): Promise<TapBench | null> {
  if (!natsServerPath()) return null;
  const outDir = join(root, '.tmp/bench-tap');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'scripts/benchTapPlain.ts')],
    outfile: join(outDir, 'plain.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // The NATS client is CommonJS and requires Node's own modules.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  const server = await startNatsServer();
  try {
    const nc = await connect({ servers: server.url.replace('nats://', '') });
    await createUpstreamStream(nc);
    const design = join(root, 'src/examples/seed-build-pipeline.yaml');
    const count = (re: RegExp) => (out: string) => (out.match(re) ?? []).length >= events;
    const tapMs = await follow(
      [bundle, 'tap', '--bus', server.url, design, '-o', 'json', '--count', String(events)],
      /"type":"following"/,
      () => publishMany(nc, events, 'tap'),
      count(/"type":"event"/g),
    );
    const plainMs = await follow(
      [join(outDir, 'plain.mjs'), server.url, String(events)],
      /^ready$/m,
      () => publishMany(nc, events, 'plain'),
      (out) => /^done \d+$/m.test(out),
    );
    // One at a time: publish, then wait for the tap's line for it.
    const delays: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [bundle, 'tap', '--bus', server.url, design], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      let out = '';
      let waiting: ((line: string) => void) | null = null;
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (waiting && /^#\d+ /m.test(out)) {
          const w = waiting;
          waiting = null;
          out = '';
          w(out);
        }
      });
      const loop = async () => {
        while (!/^Following /m.test(out)) await new Promise((r) => setTimeout(r, 20));
        out = '';
        for (let i = 0; i < 40; i++) {
          const { id, body } = podBody({
            source: 'webhook',
            subject: 'build',
            data: webhookData({ project: `l${i}` }),
          });
          const seen = new Promise<void>((r) => (waiting = () => r()));
          const t0 = performance.now();
          await jetstream(nc).publish('default.webhook.build', body, { msgID: id });
          await seen;
          delays.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 25));
        }
        child.kill('SIGINT');
        resolve();
      };
      loop().catch(reject);
    });
    await nc.close();
    return { events, tapMs, plainMs, latencyMs: median(delays) };
  } finally {
    await server.dispose();
  }
}

// Run alone: `npx tsx scripts/benchTap.ts` (after `npm run build:cli`).
if (process.argv[1]?.endsWith('benchTap.ts')) {
  const root = join(import.meta.dirname, '..');
  const r = await benchTap(root, join(root, 'dist/cli/eventflow.mjs'));
  console.log(r ?? 'nats-server is not installed');
}
