import { describe, expect, it } from 'vitest';
import { gjsonString } from '../json/gjson';
import { buildEvent, type BuildEventInput } from './buildEvent';
import { samplePayload } from './samples';
import type { SourcePayload } from './sourcePayload';

const at = Date.UTC(2026, 2, 1, 9, 30, 0);
const start = Date.UTC(2026, 2, 1, 8, 0, 0);
const build = (
  sourceType: string,
  eventConfig: unknown,
  payload: SourcePayload,
  more: Partial<BuildEventInput> = {},
) =>
  buildEvent({
    eventSourceName: 'src',
    eventName: 'example',
    id: 'a1b2',
    nowMs: at,
    startMs: start,
    sourceType,
    eventConfig,
    payload,
    ...more,
  });
const data = (r: ReturnType<typeof buildEvent>) =>
  r.ok ? (r.event.data ?? '') : `NOT: ${r.error}`;
const get = (r: ReturnType<typeof buildEvent>, path: string) => gjsonString(data(r), path);

describe('calendar (calendar/start.go sendEventFunc)', () => {
  it('eventTime is time.Time.String() of the live tick: pod zone UTC, monotonic m=+seconds since start', () => {
    const r = build(
      'calendar',
      { schedule: '30 9 * * *', timezone: 'Europe/Berlin', metadata: { team: 'data' } },
      {},
    );
    expect(data(r)).toBe(
      '{"eventTime":"2026-03-01 09:30:00 +0000 UTC m=+5400.000000000","metadata":{"team":"data"}}',
    );
  });

  it('a schedule with a descriptor is refused: the source never starts', () => {
    for (const schedule of ['@every 1h', '@daily']) {
      const r = build('calendar', { schedule }, {});
      expect(!r.ok && r.error).toContain('parser does not accept descriptors');
    }
    expect(build('calendar', { schedule: 'CRON_TZ=Europe/Berlin 0 9 * * *' }, {}).ok).toBe(true);
  });
});

describe('resource (resource/start.go StartListening, passFilters, LabelSelector)', () => {
  const cfg = (more: Record<string, unknown> = {}) => ({
    namespace: 'argo-events',
    version: 'v1',
    resource: 'pods',
    eventTypes: ['ADD'],
    ...more,
  });
  const pod = (
    labels: Record<string, string> = { app: 'worker' },
    name = 'worker-1',
    created = '2026-03-01T09:00:00Z',
  ) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: 'argo-events',
        labels,
        creationTimestamp: created,
        resourceVersion: '7',
      },
      status: { phase: 'Running' },
    });

  it('emits {type, body, oldBody, group, version, resource}; the body is the object with sorted keys', () => {
    const r = build('resource', cfg(), { body: pod(), fields: { type: 'ADD' } });
    expect(Object.keys(JSON.parse(data(r)))).toEqual([
      'type',
      'body',
      'oldBody',
      'group',
      'version',
      'resource',
    ]);
    expect(get(r, 'body')).toMatch(
      /^\{"apiVersion":"v1","kind":"Pod","metadata":\{"creationTimestamp"/,
    );
    expect(JSON.parse(data(r)).oldBody).toBeNull();
    expect(get(r, 'resource')).toBe('pods');
  });

  it('only eventTypes have handlers; an unknown type stops the source; another namespace is not watched', () => {
    expect(build('resource', cfg(), { body: pod(), fields: { type: 'DELETE' } }).ok).toBe(false);
    const bad = build('resource', cfg({ eventTypes: ['CREATE'] }), {
      body: pod(),
      fields: { type: 'ADD' },
    });
    expect(!bad.ok && bad.stage === 'refused' && bad.error).toContain('unknown event type: CREATE');
    expect(build('resource', cfg({ eventTypes: [] }), { body: pod() }).ok).toBe(false);
    expect(build('resource', cfg({ namespace: 'other' }), { body: pod() }).ok).toBe(false);
  });

  it('filter: prefix, labels (selector operators), fields (regex with =, !=), afterStart, createdBy', () => {
    const f = (filter: unknown, body = pod()) =>
      build('resource', cfg({ filter }), { body, fields: { type: 'ADD' } }).ok;
    expect(f({ prefix: 'worker' })).toBe(true);
    expect(f({ prefix: 'api' })).toBe(false);
    expect(f({ labels: [{ key: 'app', value: 'worker' }] })).toBe(true);
    expect(f({ labels: [{ key: 'app', operation: 'in', value: 'api,worker' }] })).toBe(true);
    expect(f({ labels: [{ key: 'app', operation: '!=', value: 'worker' }] })).toBe(false);
    expect(f({ labels: [{ key: 'tier', operation: 'exists' }] })).toBe(false);
    expect(f({ labels: [{ key: 'tier', operation: '!' }] })).toBe(true);
    expect(f({ fields: [{ key: 'status.phase', operation: '==', value: 'Run' }] })).toBe(true);
    expect(f({ fields: [{ key: 'status.phase', operation: '!=', value: '^Running$' }] })).toBe(
      false,
    );
    // An empty operation is "invalid operator" upstream: the event never passes.
    expect(f({ fields: [{ key: 'status.phase', value: 'Running' }] })).toBe(false);
    expect(f({ afterStart: true })).toBe(true);
    expect(f({ afterStart: true }, pod(undefined, 'w', '2026-03-01T07:00:00Z'))).toBe(false);
    expect(f({ createdBy: '2026-03-01T08:30:00Z' })).toBe(false);
    expect(f({ createdBy: '2026-03-01T09:15:00Z' })).toBe(true);
    const broken = build(
      'resource',
      cfg({ filter: { labels: [{ key: 'app', operation: 'like', value: 'x' }] } }),
      { body: pod() },
    );
    expect(!broken.ok && broken.stage).toBe('refused');
  });

  it('an UPDATE with the same resourceVersion is rejected; the sample follows the watched kind', () => {
    const same = JSON.parse(pod()) as Record<string, unknown>;
    const up = build('resource', cfg({ eventTypes: ['UPDATE'] }), {
      body: pod(),
      fields: { type: 'UPDATE', oldObject: same },
    });
    expect(!up.ok && up.error).toContain('identical resource versions');
    const deploy = {
      namespace: 'prod',
      group: 'apps',
      version: 'v1',
      resource: 'deployments',
      eventTypes: ['UPDATE'],
    };
    const s = samplePayload('resource', deploy)!;
    const r = build('resource', deploy, s.payload);
    expect(get(r, 'body.kind')).toBe('Deployment');
    expect(get(r, 'body.spec.replicas')).toBe('3');
    expect(get(r, 'oldBody.metadata.resourceVersion')).toBe('481500');
  });
});

describe('minio (minio/start.go handleOne; minio-go notification.Event)', () => {
  const cfg = {
    bucket: { name: 'sales' },
    events: ['s3:ObjectCreated:*'],
    filter: { prefix: 'uploads/', suffix: '.csv' },
  };
  const record = (key: string, eventName = 's3:ObjectCreated:Put') => ({
    eventName,
    s3: { object: { key } },
  });
  const send = (records: unknown[]) => build('minio', cfg, { body: JSON.stringify(records) });

  it('records are notification.Event structs, with `source`, zero values for what the sender left out', () => {
    const r = build('minio', cfg, samplePayload('minio', cfg)!.payload);
    expect(get(r, 'notification.0.s3.object.key')).toBe('uploads/sales.csv');
    expect(get(r, 'notification.0.source.userAgent')).toMatch(/minio-go/);
    const bare = send([record('uploads/a.csv')]);
    expect(get(bare, 'notification.0.source')).toBe('{"host":"","port":"","userAgent":""}');
    expect(get(bare, 'notification.0.s3.object')).toBe('{"key":"uploads/a.csv","sequencer":""}');
  });

  it('the server delivers only records its prefix, suffix and events match', () => {
    expect(send([record('uploads/a.csv')]).ok).toBe(true);
    const png = send([record('uploads/a.png')]);
    expect(!png.ok && png.error).toMatch(
      /object key "uploads\/a.png" does not match the source's filter/,
    );
    const removed = send([record('uploads/a.csv', 's3:ObjectRemoved:Delete')]);
    expect(!removed.ok && removed.error).toMatch(/not one of the source's events/);
    expect(get(send([record('uploads/a.png'), record('uploads/b.csv')]), 'notification.#')).toBe(
      '1',
    );
  });
});

describe('file, sftp, hdfs (file/start.go, sftp/start.go, hdfs/start.go): path or pathRegexp, then the operation', () => {
  const file = {
    eventType: 'CREATE',
    watchPathConfig: { directory: '/data/', pathRegexp: '.*\\.csv' },
  };

  it('emits {name, op, metadata} with op as fsevent.Op bits and metadata null when unset', () => {
    expect(data(build('file', file, { fields: { name: '/data/a.csv', op: 'CREATE' } }))).toBe(
      '{"name":"/data/a.csv","op":1,"metadata":null}',
    );
    expect(
      get(
        build(
          'file',
          { ...file, eventType: 'WRITE' },
          { fields: { name: '/data/a.csv', op: 'WRITE' } },
        ),
        'op',
      ),
    ).toBe('2');
  });

  it('the relative path must be `path` or match `pathRegexp`, and the operation eventType', () => {
    expect(build('file', file, { fields: { name: '/data/a.json', op: 'CREATE' } }).ok).toBe(false);
    expect(build('file', file, { fields: { name: '/data/a.csv', op: 'REMOVE' } }).ok).toBe(false);
    const exact = { eventType: 'CREATE', watchPathConfig: { directory: '/data/', path: 'x.txt' } };
    expect(build('file', exact, { fields: { name: '/data/x.txt', op: 'CREATE' } }).ok).toBe(true);
    expect(build('file', exact, { fields: { name: '/data/y.txt', op: 'CREATE' } }).ok).toBe(false);
  });

  it('sftp reports base names and only CREATE and REMOVE; hdfs matches any bit of `type`', () => {
    const sftp = {
      eventType: 'CREATE',
      watchPathConfig: { directory: '/upload/', pathRegexp: '\\.csv$' },
    };
    expect(get(build('sftp', sftp, samplePayload('sftp', sftp)!.payload), 'name')).toBe(
      'sales.csv',
    );
    expect(
      build('sftp', { ...sftp, eventType: 'WRITE' }, { fields: { name: 'a.csv', op: 'WRITE' } }).ok,
    ).toBe(false);
    const hdfs = { directory: '/in/', path: 'a.csv', type: 'CREATE|WRITE' };
    expect(build('hdfs', hdfs, { fields: { name: '/in/a.csv', op: 'WRITE' } }).ok).toBe(true);
    expect(build('hdfs', hdfs, { fields: { name: '/in/a.csv', op: 'REMOVE' } }).ok).toBe(false);
  });
});
