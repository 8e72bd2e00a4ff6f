// Test setup for the live-bus tests: a real nats-server (Debian's package; `.ci/run` installs it)
// with JetStream on a free loopback port and a temporary store, stopped afterwards. No mock bus.
// Not part of the bundle: only tests import it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where nats-server is: $NATS_SERVER, Debian's /usr/sbin/nats-server, or null. */
export function natsServerPath(): string | null {
  for (const p of [process.env.NATS_SERVER, '/usr/sbin/nats-server', '/usr/bin/nats-server'])
    if (p && existsSync(p)) return p;
  return null;
}

/**
 * True when the live tests must be skipped: no nats-server and not in CI. In CI a missing server is
 * a failure (the tests then run and say what is missing), so a green CI never hides it.
 */
export const skipLive = natsServerPath() === null && !process.env.CI;

export interface NatsServerOptions {
  /** `{user, password}` or `{token}` the server requires. */
  auth?: { user: string; password: string } | { token: string };
  /** PEM files the server presents; TLS is then required, as on an Argo Events JetStream bus. */
  tls?: { cert: string; key: string };
  maxPayload?: number;
}

export interface NatsServer {
  url: string;
  port: number;
  monitorUrl: string;
  /** `/jsz?consumers=true` of the monitoring endpoint: what the server holds. */
  jsz(): Promise<JszReport>;
  /** Stops the server (SIGTERM) and waits until it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same store. */
  start(): Promise<void>;
  /** Stops it and removes the store. */
  dispose(): Promise<void>;
}

export interface JszReport {
  streams: number;
  consumers: number;
  messages: number;
  account_details?: {
    stream_detail?: { name: string; consumer_detail?: { name: string }[] }[];
  }[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  const bin = natsServerPath();
  if (!bin)
    throw new Error(
      'nats-server is not installed: apt-get install -y nats-server (or set NATS_SERVER)',
    );
  const dir = mkdtempSync(join(tmpdir(), 'eventflow-nats-'));
  const port = await freePort();
  const monitor = await freePort();
  const conf = join(dir, 'server.conf');
  const lines = [
    `listen: "127.0.0.1:${port}"`,
    `http: "127.0.0.1:${monitor}"`,
    `jetstream { store_dir: ${JSON.stringify(join(dir, 'store'))} }`,
    `max_payload: ${options.maxPayload ?? 1048576}`,
  ];
  const a = options.auth;
  if (a && 'token' in a) lines.push(`authorization { token: ${JSON.stringify(a.token)} }`);
  else if (a)
    lines.push(
      `authorization { user: ${JSON.stringify(a.user)}, password: ${JSON.stringify(a.password)} }`,
    );
  if (options.tls)
    lines.push(
      `tls { cert_file: ${JSON.stringify(options.tls.cert)}, key_file: ${JSON.stringify(options.tls.key)} }`,
    );
  writeFileSync(conf, `${lines.join('\n')}\n`);
  let child: ChildProcess | null = null;
  const monitorUrl = `http://127.0.0.1:${monitor}`;

  const start = async () => {
    const c = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child = c;
    let log = '';
    c.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
    // Ready once the monitoring endpoint answers and JetStream is enabled.
    for (let i = 0; i < 200; i++) {
      if (c.exitCode !== null) throw new Error(`nats-server exited: ${log}`);
      try {
        const r = await fetch(`${monitorUrl}/healthz?js-enabled-only=true`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`nats-server did not start: ${log}`);
  };

  const stop = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    const gone = new Promise<void>((r) => c.once('exit', () => r()));
    c.kill('SIGTERM');
    await gone;
  };

  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    monitorUrl,
    // nats-server's monitoring endpoint answers with its JszReport (Response.json() is untyped).
    jsz: async (): Promise<JszReport> =>
      (await fetch(`${monitorUrl}/jsz?consumers=true&accounts=true`)).json(),
    stop,
    start,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Consumer names on a stream, from the server's own report. */
export function consumerNames(jsz: JszReport, stream = 'default'): string[] {
  return (jsz.account_details ?? []).flatMap((a) =>
    (a.stream_detail ?? [])
      .filter((s) => s.name === stream)
      .flatMap((s) => (s.consumer_detail ?? []).map((c) => c.name)),
  );
}
