import { describe } from 'vitest';
import {
  SECRET,
  itAcceptsAndRejects,
  type EventSourceCase,
} from '../../../../test/eventSourceCases';

/** Each row is one rule of pkg/eventsources/sources/<type>/validate.go (or start.go at start-up). */
const CASES: EventSourceCase[] = [
  // calendar/validate.go and start.go
  [
    'calendar/validate.go schedule or interval',
    'calendar',
    { interval: '10s' },
    {},
    ['error eventsource.missing-field'],
  ],
  [
    'calendar resolveSchedule: no descriptors',
    'calendar',
    { schedule: '0 * * * *' },
    { schedule: '@hourly' },
    ['error eventsource.calendar.invalid-schedule'],
  ],
  [
    'calendar resolveSchedule: five fields',
    'calendar',
    { schedule: 'CRON_TZ=Europe/Paris 30 6 * * mon-fri' },
    { schedule: '0 0 * * * *' },
    ['error eventsource.calendar.invalid-schedule'],
  ],
  [
    'calendar resolveSchedule: ParseDuration',
    'calendar',
    { interval: '1h30m' },
    { interval: '1d' },
    ['error eventsource.invalid-duration'],
  ],
  [
    'calendar start.go LoadLocation',
    'calendar',
    { schedule: '0 0 * * *', timezone: 'America/New_York' },
    { schedule: '0 0 * * *', timezone: 'Mars/Olympus' },
    ['error eventsource.calendar.invalid-timezone'],
  ],
  [
    'calendar start.go ParseExclusionDates',
    'calendar',
    { interval: '1h', exclusionDates: ['EXDATE:20261224T000000Z,20261225T000000Z'] },
    { interval: '1h', exclusionDates: ['EXDATE:2026-12-24'] },
    ['error eventsource.invalid-value'],
  ],
  // file/validate.go and file_config.go WatchPathConfig.Validate
  [
    'file_config.go path or pathRegexp',
    'file',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', pathRegexp: '.*\\.csv' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/' } },
    ['error eventsource.missing-field'],
  ],
  [
    'file_config.go absolute directory',
    'file',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a.txt' } },
    { eventType: 'CREATE', watchPathConfig: { directory: 'in/', path: 'a.txt' } },
    ['error eventsource.invalid-value'],
  ],
  [
    'file_config.go not both',
    'sftp',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a', pathRegexp: 'b' } },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'file_config.go relative path',
    'sftp',
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { eventType: 'CREATE', watchPathConfig: { directory: '/in/', path: '/in/a' } },
    ['error eventsource.invalid-value'],
  ],
  [
    'file/validate.go eventType',
    'file',
    { eventType: 'WRITE', watchPathConfig: { directory: '/in/', path: 'a' } },
    { watchPathConfig: { directory: '/in/', path: 'a' } },
    ['error eventsource.missing-field'],
  ],
  // hdfs/validate.go
  [
    'hdfs/validate.go NewOp',
    'hdfs',
    { type: 'CREATE|WRITE', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'root' },
    { type: 'created', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'root' },
    ['error eventsource.invalid-value'],
  ],
  [
    'hdfs/validate.go user or kerberos',
    'hdfs',
    {
      type: 'CREATE',
      directory: '/d/',
      path: 'a',
      addresses: ['n:8020'],
      krbCCacheSecret: SECRET,
      krbServicePrincipalName: 'hdfs/x',
      krbConfigConfigMap: SECRET,
    },
    { type: 'CREATE', directory: '/d/', path: 'a', addresses: ['n:8020'], krbCCacheSecret: SECRET },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  [
    'hdfs/validate.go addresses',
    'hdfs',
    { type: 'CREATE', directory: '/d/', path: 'a', addresses: ['n:8020'], hdfsUser: 'u' },
    { type: 'CREATE', directory: '/d/', path: 'a', hdfsUser: 'u' },
    ['error eventsource.missing-field'],
  ],
  // minio/validate.go and start.go
  [
    'minio/validate.go bucket name',
    'minio',
    { endpoint: 'm:9000', bucket: { name: 'b' }, accessKey: SECRET, secretKey: SECRET },
    { endpoint: 'm:9000', bucket: {}, accessKey: SECRET, secretKey: SECRET },
    ['error eventsource.missing-field'],
  ],
  [
    'minio: MinIO refuses unknown event names',
    'minio',
    {
      endpoint: 'm',
      bucket: { name: 'b' },
      accessKey: SECRET,
      secretKey: SECRET,
      events: ['s3:ObjectCreated:Put'],
    },
    {
      endpoint: 'm',
      bucket: { name: 'b' },
      accessKey: SECRET,
      secretKey: SECRET,
      events: ['s3:ObjectCreated:Upload'],
    },
    ['error eventsource.invalid-value'],
  ],
  // resource/validate.go and start.go (namespace is not required: a cluster-wide watch)
  [
    'resource/validate.go',
    'resource',
    { version: 'v1', resource: 'nodes', eventTypes: ['ADD'] },
    { version: 'v1', resource: 'nodes' },
    ['error eventsource.missing-field'],
  ],
  [
    'resource/start.go unknown event type',
    'resource',
    { version: 'v1', resource: 'pods', eventTypes: ['UPDATE'] },
    { version: 'v1', resource: 'pods', eventTypes: ['add'] },
    ['error eventsource.invalid-value'],
  ],
  [
    'resource/validate.go selector key',
    'resource',
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { labels: [{ key: 'app', operation: 'in', value: 'a,b' }] },
    },
    { version: 'v1', resource: 'pods', eventTypes: ['ADD'], filter: { labels: [{ value: 'a' }] } },
    ['error eventsource.missing-field'],
  ],
  [
    'resource/start.go LabelReq operator',
    'resource',
    { version: 'v1', resource: 'pods', eventTypes: ['ADD'], filter: { labels: [{ key: 'app' }] } },
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { labels: [{ key: 'app', operation: 'like' }] },
    },
    ['error eventsource.invalid-value'],
  ],
  [
    'resource/start.go filterFields operator',
    'resource',
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { fields: [{ key: 'metadata.name', operation: '==', value: 'x' }] },
    },
    {
      version: 'v1',
      resource: 'pods',
      eventTypes: ['ADD'],
      filter: { fields: [{ key: 'metadata.name', value: 'x' }] },
    },
    ['warning eventsource.resource.field-never-matches'],
  ],
  // generic/validate.go
  [
    'generic/validate.go',
    'generic',
    { url: 'g:50051', config: 'key: value' },
    { url: 'g:50051' },
    ['error eventsource.missing-field'],
  ],
];

describe('Sources that watch time, files, buckets or objects (calendar, file, hdfs, minio, resource, generic)', () => {
  itAcceptsAndRejects(CASES);
});
