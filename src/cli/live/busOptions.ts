import { isAbsolute, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lastOption, UsageError, type OptionSpec, type ParsedArgs } from '../args';
import { readFileBounded } from '../input/readBounded';
import { isRecord } from '../../lib/jsonValue';
import { errorText } from '../../lib/errorText';

/** How to reach the bus: the options `tap` and `publish` share. */
export const BUS_OPTIONS: OptionSpec[] = [
  {
    name: 'bus',
    value: 'URL',
    help: 'the EventBus NATS server, e.g. nats://127.0.0.1:4222 after kubectl port-forward',
  },
  {
    name: 'auth-file',
    value: 'FILE',
    help: 'the Secret eventbus-<bus>-js-client-auth, key client-auth (username/password or token)',
  },
  { name: 'user', value: 'NAME', help: 'user name (else from --auth-file)' },
  { name: 'password', value: 'TEXT', help: 'password (prefer --auth-file: arguments show in ps)' },
  { name: 'token', value: 'TEXT', help: 'token, for a bus with token auth' },
  {
    name: 'tls-ca',
    value: 'FILE',
    help: 'CA certificate to verify the server (Secret eventbus-<bus>-js-server, key ca-cert)',
  },
  {
    name: 'tls-server-name',
    value: 'NAME',
    help: 'name the certificate must carry, e.g. eventbus-default-js-svc.argo-events.svc',
  },
  { name: 'tls-cert', value: 'FILE', help: 'client certificate, when the bus asks for one' },
  { name: 'tls-key', value: 'FILE', help: 'client key for --tls-cert' },
  {
    name: 'tls-insecure',
    help: 'accept any server certificate (what the pods do when the EventBus sets no TLS)',
  },
];

/** Everything needed to connect, credentials included: never printed. */
export interface BusTarget {
  url: string;
  /** The server for messages: the URL without credentials. */
  shown: string;
  auth: { user: string; pass: string } | { token: string } | null;
  /** Which credential was used, in words, for the connection line. */
  authNote: string;
  tls: {
    ca?: string;
    cert?: string;
    key?: string;
    servername?: string;
    rejectUnauthorized?: boolean;
  } | null;
}

/** The `client-auth` Secret value: YAML read as viper reads it (keys in any case, scalars as text). */
export function parseClientAuth(
  text: string,
): { username: string; password: string; token: string } | string {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    return `is not YAML: ${errorText(e).split('\n')[0]}`;
  }
  if (!isRecord(value))
    return 'is not a mapping of username/password or token (the Secret key client-auth, decoded)';
  const out = { username: '', password: '', token: '' };
  for (const [k, v] of Object.entries(value)) {
    const key = k.toLowerCase();
    if ((key === 'username' || key === 'password' || key === 'token') && v !== null)
      out[key] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  if (!out.username && !out.password && !out.token) return 'has no username, password or token';
  return out;
}

function readText(cwd: string, path: string, what: string): string {
  const read = readFileBounded(isAbsolute(path) ? path : join(cwd, path), 1024 * 1024);
  if (!read.ok) throw new UsageError(`${what} ${path}: ${read.problem.message}`);
  return new TextDecoder().decode(read.bytes);
}

/** Reads the bus options; mistakes are usage errors (exit 2), said before anything connects. */
export function readBusTarget(args: ParsedArgs, cwd: string): BusTarget {
  const raw = lastOption(args, 'bus');
  if (raw === undefined) throw new UsageError('give the bus: --bus nats://HOST:PORT');
  let u: URL;
  try {
    u = new URL(raw.includes('://') ? raw : `nats://${raw}`);
  } catch {
    throw new UsageError(`--bus ${JSON.stringify(raw)} is not a URL such as nats://127.0.0.1:4222`);
  }
  if (!['nats:', 'tls:'].includes(u.protocol))
    throw new UsageError(`--bus must be nats:// or tls://, not ${u.protocol}//`);
  let user = lastOption(args, 'user') ?? decodeURIComponent(u.username);
  let pass = lastOption(args, 'password') ?? decodeURIComponent(u.password);
  let token = lastOption(args, 'token') ?? '';
  let authNote = '';
  const file = lastOption(args, 'auth-file');
  if (file !== undefined) {
    const cred = parseClientAuth(readText(cwd, file, '--auth-file'));
    if (typeof cred === 'string') throw new UsageError(`--auth-file ${file} ${cred}`);
    // pkg/eventbus/driver.go GetAuth: a JetStream bus with an accessSecret is always Basic.
    if (cred.username || cred.password) {
      user ||= cred.username;
      pass ||= cred.password;
    } else token ||= cred.token;
    authNote = ` (credentials from ${file})`;
  }
  if (token && (user || pass))
    throw new UsageError('give a token or a user and password, not both');
  const auth = token ? { token } : user || pass ? { user, pass } : null;
  authNote = auth
    ? `${'token' in auth ? 'token' : `user ${JSON.stringify(auth.user)}`}${authNote}`
    : 'no credentials';
  const tls: NonNullable<BusTarget['tls']> = {};
  const ca = lastOption(args, 'tls-ca');
  if (ca !== undefined) tls.ca = readText(cwd, ca, '--tls-ca');
  const cert = lastOption(args, 'tls-cert');
  const key = lastOption(args, 'tls-key');
  if ((cert === undefined) !== (key === undefined))
    throw new UsageError('--tls-cert and --tls-key go together');
  if (cert !== undefined) tls.cert = readText(cwd, cert, '--tls-cert');
  if (key !== undefined) tls.key = readText(cwd, key, '--tls-key');
  const servername = lastOption(args, 'tls-server-name');
  if (servername !== undefined) tls.servername = servername;
  if (args.options.has('tls-insecure')) {
    if (ca !== undefined) throw new UsageError('--tls-insecure and --tls-ca contradict each other');
    tls.rejectUnauthorized = false;
  }
  const host = `${u.hostname}:${u.port || '4222'}`;
  return {
    url: `${u.protocol === 'tls:' ? 'tls' : 'nats'}://${host}`,
    shown: `${u.protocol}//${host}`,
    auth,
    authNote,
    tls: Object.keys(tls).length || u.protocol === 'tls:' ? tls : null,
  };
}
