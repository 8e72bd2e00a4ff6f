/** The per-provider sample builders behind samplesFor (samples.ts). */
import { compileGoRegex, goRegexMatch } from '../../regex/goRegex';
import { BITBUCKET_EVENTS, BITBUCKET_SERVER_EVENTS } from './bitbucketEvents';
import { s3Record } from './cloudEvents';
import { GITHUB_EVENTS } from './githubEvents';
import { ENVELOPE } from './githubObjects';
import { GITLAB_EVENTS } from './gitlabEvents';
import { resourceObject } from './kubernetesObjects';
import type { SourcePayload } from '../sourcePayload';
import { isRecord } from '../../../lib/jsonValue';

/** A realistic preset of what a source receives, for the composer, the field picker and the advice. */
export interface SamplePayload {
  label: string;
  /** The provider's event kind (`push`, `Merge Request Hook`, `ADD`…), or the type when it has one kind. */
  kind: string;
  payload: SourcePayload;
  /** A stand-in for a kind the simulator has no real sample of: its body says nothing about the fields. */
  generic?: boolean;
}

export type Cfg = Record<string, unknown>;
export const json = (v: unknown) => JSON.stringify(v);
const SAMPLE_TIME = '2026-03-01T09:30:00Z';
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
export const obj = (v: unknown): Cfg | null => (isRecord(v) ? v : null);
export const secretSet = (v: unknown) => obj(v) !== null;

/**
 * The kinds the configuration receives: all when it names none (or `*`), else the named ones in
 * its order, with a stand-in (`generic`) for a kind there is no sample of.
 */
export function pick<T extends { event: string; label: string }>(
  all: readonly T[],
  wanted: string[],
  stand: (event: string) => T,
): (T & { generic?: boolean })[] {
  if (wanted.length === 0 || wanted.includes('*')) return [...all];
  return wanted.map((w) => all.find((a) => a.event === w) ?? { ...stand(w), generic: true });
}

export function github(cfg: Cfg): SamplePayload[] {
  const stand = (event: string) => ({
    event,
    label: `${event} (no sample: repository and sender only)`,
    body: { action: 'created', ...ENVELOPE },
  });
  return pick(GITHUB_EVENTS, strs(cfg.events), stand).map((e, i) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'GitHub-Hookshot/7f3a2c1',
        'X-GitHub-Event': e.event,
        'X-GitHub-Delivery': `72d3162e-cc78-11e3-81ab-4c9367dc09${String(50 + i).padStart(2, '0')}`,
        'X-GitHub-Hook-ID': '512345678',
        'X-GitHub-Hook-Installation-Target-ID': '812345678',
        'X-GitHub-Hook-Installation-Target-Type': 'repository',
        ...(secretSet(cfg.webhookSecret)
          ? {
              'X-Hub-Signature-256':
                'sha256=0f2a3f0c3c5d2e1b7a9c8d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a',
            }
          : {}),
      },
      body: json(e.body),
    },
  }));
}

export function gitlab(cfg: Cfg): SamplePayload[] {
  const stand = (event: string) => ({
    event,
    header: event.replace(/Events$/, ' Hook'),
    label: `${event} (no sample)`,
    body: { object_kind: event.replace(/Events$/, '').toLowerCase() },
  });
  return pick(GITLAB_EVENTS, strs(cfg.events), stand).map((e) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'GitLab/17.9.0',
        'X-Gitlab-Event': e.header,
        'X-Gitlab-Instance': 'https://gitlab.example.com',
        'X-Gitlab-Webhook-UUID': '2b4b7a0c-6c4e-4f6b-8d3e-5a1c2b3d4e5f',
        'X-Gitlab-Event-UUID': '13792a34-cac6-4fda-95a8-c58e00a3954e',
        ...(secretSet(cfg.secretToken) ? { 'X-Gitlab-Token': 'the-token-from-the-secret' } : {}),
      },
      body: json(e.body),
    },
  }));
}

function bitbucketHeaders(cfg: Cfg, server: boolean, event: string): Record<string, string> {
  return server
    ? {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'Atlassian HttpClient 4.2.0 / Bitbucket-9.4.0',
        'X-Event-Key': event,
        'X-Request-Id': '1c3d6f0e-2b7a-4f1e-9d8c-7b6a5f4e3d2c',
        ...(secretSet(cfg.webhookSecret)
          ? {
              'X-Hub-Signature':
                'sha256=7d1e5b3c9a8f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d',
            }
          : {}),
      }
    : {
        'Content-Type': 'application/json',
        'User-Agent': 'Bitbucket-Webhooks/2.0',
        'X-Event-Key': event,
        'X-Request-UUID': '5f7c7e36-6e4b-4f0a-9d2b-1c3e5a7b9d0f',
        'X-Hook-UUID': '{6a0b8e4f-1d2c-4b3a-9e8f-7d6c5b4a3e2f}',
        'X-Attempt-Number': '1',
      };
}

export function bitbucket(cfg: Cfg, server: boolean): SamplePayload[] {
  const all = server ? BITBUCKET_SERVER_EVENTS : BITBUCKET_EVENTS;
  const stand = (event: string) => ({ event, label: `${event} (no sample)`, body: {} });
  return pick(all, strs(cfg.events), stand).map((e) => ({
    label: e.label,
    kind: e.event,
    ...(e.generic ? { generic: true } : {}),
    payload: {
      method: 'POST',
      headers: bitbucketHeaders(cfg, server, e.event),
      body: json(e.body),
    },
  }));
}

export function plainHttp(
  event: string,
  label: string,
  body: unknown,
  headers: Record<string, string>,
): SamplePayload {
  return {
    label,
    kind: event,
    payload: { method: 'POST', headers, body: typeof body === 'string' ? body : json(body) },
  };
}

export function minio(cfg: Cfg): SamplePayload[] {
  const filter = obj(cfg.filter) ?? {};
  const prefix = typeof filter.prefix === 'string' ? filter.prefix : 'data/2026/';
  const suffix = typeof filter.suffix === 'string' && filter.suffix ? filter.suffix : '.csv';
  const events = strs(cfg.events);
  const names = (events.length ? events : ['s3:ObjectCreated:Put']).map((e) =>
    e.replace(/\*$/, e.includes('Removed') ? 'Delete' : 'Put'),
  );
  return names.map((name) => ({
    label: `${name.replace(/^s3:/, '')} ${prefix}sales${suffix}`,
    kind: name,
    payload: {
      body: json([
        s3Record(`${prefix}sales${suffix}`, name, str(obj(cfg.bucket)?.name) || 'sales'),
      ]),
    },
  }));
}

export const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A file name the watch configuration selects: its path, or a common name its pathRegexp matches. */
function watchedName(watch: Cfg): string {
  if (str(watch.path)) return str(watch.path);
  const pattern = str(watch.pathRegexp);
  const re = pattern ? compileGoRegex(pattern) : null;
  const candidates = [
    'sales.csv',
    'data.json',
    'report.txt',
    'upload.zip',
    'image.png',
    'event.yaml',
    'file.txt',
    'a',
  ];
  return (re?.ok && candidates.find((c) => goRegexMatch(re.re, c))) || 'sales.csv';
}

export function fileSample(type: 'file' | 'sftp' | 'hdfs', cfg: Cfg): SamplePayload {
  const watch = type === 'hdfs' ? cfg : (obj(cfg.watchPathConfig) ?? {});
  const rel = watchedName(watch);
  const name = type === 'sftp' ? rel : `${str(watch.directory)}${rel}`;
  const op = str(type === 'hdfs' ? cfg.type : cfg.eventType) || 'CREATE';
  return { label: `${op} ${name}`, kind: op, payload: { fields: { name, op } } };
}

export function resource(cfg: Cfg, nowMs?: number): SamplePayload[] {
  const at =
    nowMs !== undefined ? new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z') : SAMPLE_TIME;
  const object = resourceObject(cfg, at);
  const kind = String(object.kind);
  const types = strs(cfg.eventTypes);
  return (types.length ? types : ['ADD']).map((t) => {
    const meta = obj(object.metadata) ?? {};
    const fields: Record<string, unknown> = { type: t };
    let body = object;
    if (t === 'UPDATE')
      fields.oldObject = { ...object, metadata: { ...meta, resourceVersion: '481500' } };
    if (t === 'DELETE')
      body = {
        ...object,
        metadata: { ...meta, deletionTimestamp: at, deletionGracePeriodSeconds: 0 },
      };
    return {
      label: `${kind} ${t === 'ADD' ? 'added' : t === 'UPDATE' ? 'updated' : 'deleted'}`,
      kind: t,
      payload: { body: json(body), fields },
    };
  });
}

export function message(label: string, payload: SourcePayload): SamplePayload[] {
  return [{ label, kind: 'message', payload }];
}
