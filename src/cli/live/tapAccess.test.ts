// How the tap reaches a bus: credentials as the Argo Events controller writes them (pkg/reconciler/
// eventbus/installer/jetstream.go createSecrets: `username: X\npassword: Y` under key client-auth;
// nats.go writes `token: "…"`), and TLS as the JetStream bus requires it (server-auth.conf `tls`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, scratch, SEED_PATH } from '../testKit';
import { parseClientAuth } from './busOptions';
import {
  client,
  createUpstreamStream,
  publishLikePod,
  runTap,
  webhookData,
} from './liveTest.testkit';
import { skipLive, startNatsServer, type NatsServer } from './natsServer.testkit';

describe('the client-auth Secret value (installer/jetstream.go createSecrets)', () => {
  it('reads user and password as the controller writes them, keys in any case as viper does', () => {
    expect(parseClientAuth('username: k8Xq2\npassword: s3cr3t')).toEqual({
      username: 'k8Xq2',
      password: 's3cr3t',
      token: '',
    });
    expect(parseClientAuth('Token: "abcd1234"')).toMatchObject({ token: 'abcd1234' });
    expect(parseClientAuth('UserName: 1234\npassword: 99')).toMatchObject({
      username: '1234',
      password: '99',
    });
  });
  it('says what is wrong with anything else', () => {
    expect(parseClientAuth('- a')).toMatch(/not a mapping/);
    expect(parseClientAuth('user: a')).toBe('has no username, password or token');
    expect(parseClientAuth('a: [')).toMatch(/not YAML/);
  });
});

describe.skipIf(skipLive)('connecting with credentials and TLS', { timeout: 60_000 }, () => {
  const SEED = readFileSync(SEED_PATH, 'utf8');
  let dir: string;
  beforeAll(() => {
    dir = scratch({
      'pipeline.yaml': SEED,
      'client-auth': 'username: tapper\npassword: "p@ss word"\n',
      'wrong-auth': 'username: tapper\npassword: nope\n',
    });
  });

  describe('user and password from the Secret', () => {
    let server: NatsServer;
    beforeAll(async () => {
      server = await startNatsServer({ auth: { user: 'tapper', password: 'p@ss word' } });
      const nc = await client(server.url, { user: 'tapper', pass: 'p@ss word' });
      await createUpstreamStream(nc);
      await nc.close();
    });
    afterAll(() => server?.dispose());

    it('follows the bus with --auth-file', async () => {
      const tap = runTap(
        ['--bus', server.url, '--auth-file', 'client-auth', 'pipeline.yaml', '--count', '1'],
        dir,
      );
      await tap.waitFor(/^Following .* \(user "tapper" \(credentials from client-auth\)\)/);
      const nc = await client(server.url, { user: 'tapper', pass: 'p@ss word' });
      await publishLikePod(nc, {
        source: 'webhook',
        subject: 'build',
        data: webhookData({ project: 'p' }),
      });
      await nc.close();
      expect(await tap.done).toBe(0);
      expect(tap.lines.join('\n')).toContain('FIRED');
    });

    it('says the credentials were refused, without printing them', async () => {
      const r = await run(
        ['tap', '--bus', server.url, '--auth-file', 'wrong-auth', 'pipeline.yaml'],
        { cwd: dir },
      );
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /tap\.connect-failed .*the server refused the credentials \(user "tapper" \(credentials from wrong-auth\)\)/,
      );
      expect(r.out).not.toContain('nope');
    });
  });

  describe('a token', () => {
    let server: NatsServer;
    beforeAll(async () => {
      server = await startNatsServer({ auth: { token: 't0ken' } });
      const nc = await client(server.url, { token: 't0ken' });
      await createUpstreamStream(nc);
      await nc.close();
    });
    afterAll(() => server?.dispose());

    it('follows the bus with --token', async () => {
      const tap = runTap(
        ['--bus', server.url, '--token', 't0ken', 'pipeline.yaml', '--count', '1'],
        dir,
      );
      await tap.waitFor(/^Following .* \(token\)/);
      const nc = await client(server.url, { token: 't0ken' });
      await publishLikePod(nc, {
        source: 'webhook',
        subject: 'build',
        data: webhookData({ project: 'p' }),
      });
      await nc.close();
      expect(await tap.done).toBe(0);
    });
  });

  describe('TLS with a self-signed certificate, as the JetStream bus has', () => {
    let server: NatsServer;
    let certs: string;
    const NAME = 'eventbus-default-js-svc.argo-events.svc';
    beforeAll(async () => {
      certs = scratch();
      // A CA and a server certificate for the Service name only, as installer/jetstream.go makes.
      const ssl = (...a: string[]) => execFileSync('openssl', a, { cwd: certs, stdio: 'ignore' });
      ssl(
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.pem',
        '-days',
        '2',
        '-subj',
        '/CN=test-ca',
      );
      ssl(
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'server.key',
        '-out',
        'server.csr',
        '-subj',
        `/CN=${NAME}`,
      );
      execFileSync('bash', ['-c', `printf 'subjectAltName=DNS:${NAME}' > ext.cnf`], { cwd: certs });
      ssl(
        'x509',
        '-req',
        '-in',
        'server.csr',
        '-CA',
        'ca.pem',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'server.pem',
        '-days',
        '2',
        '-extfile',
        'ext.cnf',
      );
      server = await startNatsServer({
        tls: { cert: join(certs, 'server.pem'), key: join(certs, 'server.key') },
      });
      const nc = await client(server.url, {
        tls: { ca: readFileSync(join(certs, 'ca.pem'), 'utf8'), servername: NAME },
      });
      await createUpstreamStream(nc);
      await nc.close();
    });
    afterAll(() => server?.dispose());

    it('verifies the server with --tls-ca and --tls-server-name', async () => {
      const ca = join(certs, 'ca.pem');
      const tap = runTap(
        [
          '--bus',
          server.url,
          '--tls-ca',
          ca,
          '--tls-server-name',
          NAME,
          'pipeline.yaml',
          '--count',
          '1',
        ],
        dir,
      );
      await tap.waitFor(/^Following/);
      const nc = await client(server.url, {
        tls: { ca: readFileSync(ca, 'utf8'), servername: NAME },
      });
      await publishLikePod(nc, {
        source: 'webhook',
        subject: 'build',
        data: webhookData({ project: 'p' }),
      });
      await nc.close();
      expect(await tap.done).toBe(0);
    });

    it('accepts any certificate with --tls-insecure, as the pods do', async () => {
      const r = runTap(
        ['--bus', server.url, '--tls-insecure', 'pipeline.yaml', '--for', '1s'],
        dir,
      );
      await r.waitFor(/^Following/);
      expect(await r.done).toBe(0);
    });

    it('without them, says which Secret holds the CA', async () => {
      const r = await run(['tap', '--bus', server.url, 'pipeline.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(
        /cannot connect .*TLS: .*--tls-ca \(Secret eventbus-<bus>-js-server, key ca-cert\)/,
      );
    });
  });
});
