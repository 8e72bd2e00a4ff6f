import { cronNeverFires, parseCronSpec } from '../../../cron/cronSpec';
import { loadsAsGoLocation } from '../../../cron/goLocation';
import { parseGoDuration } from '../../../cron/goDuration';
import { list, obj, quote, text } from '../../ruleKit';
import type { FieldCheck } from '../../fieldCheck';
import { MINIO_EVENT_NAMES } from './minioEventNames';

/** pkg/eventsources/common/fsevent/fileevent.go NewOp. */
const FILE_OPS = ['CREATE', 'REMOVE', 'WRITE', 'RENAME', 'CHMOD'];
/** pkg/apis/events/v1alpha1/eventsource_types.go ResourceEventType. */
const RESOURCE_EVENT_TYPES = ['ADD', 'UPDATE', 'DELETE'];
/** k8s.io/apimachinery selection.Operator values labels.NewRequirement accepts. */
const LABEL_OPERATORS = ['=', '==', '!=', 'in', 'notin', 'exists', '!', 'gt', 'lt'];
/** resource/start.go filterFields: the only operators a field selector matches with. */
const FIELD_OPERATORS = ['=', '==', '!='];

/**
 * Sources that watch time, files, buckets or cluster objects: each mirrors
 * `pkg/eventsources/sources/<type>/validate.go`, plus what their `start.go` refuses when the pod
 * starts (a calendar timezone, exclusion dates, resource event types and label operators).
 */
export const OTHER_SOURCE_RULES: Readonly<Record<string, (e: FieldCheck) => void>> = {
  // calendar/validate.go and start.go resolveSchedule: robfig cron without descriptors, or a Go
  // duration; the timezone and exclusion dates are read when the pod starts.
  calendar: (e) => {
    const schedule = e.str('schedule');
    if (schedule === '' && e.str('interval') === '') e.need('schedule or interval');
    if (schedule !== '') {
      const read = parseCronSpec(schedule);
      if (!read.ok)
        e.invalid(
          'schedule',
          `schedule ${quote(schedule)} is not a cron the calendar source reads: ${read.error.message}${read.error.message.includes('descriptors') ? ' (write five fields, e.g. "0 * * * *" for @hourly, or use interval: 1h)' : ''}`,
          'eventsource.calendar.invalid-schedule',
        );
      else if (cronNeverFires(read.schedule))
        e.report(
          'eventsource.calendar.never-fires',
          'warning',
          `schedule ${quote(schedule)} matches no date (a day the chosen months do not have, or an empty field), so it never fires`,
          ['schedule'],
        );
    } else if (e.str('interval') !== '') {
      const read = parseGoDuration(e.str('interval'));
      if (!read.ok)
        e.invalid(
          'interval',
          `interval must be a Go duration such as 10s or 1h (${read.error})`,
          'eventsource.invalid-duration',
        );
      else if (read.ms <= 0)
        e.report(
          'eventsource.calendar.never-fires',
          'warning',
          `interval ${quote(e.str('interval'))} is not positive: the source would fire without pause`,
          ['interval'],
        );
    }
    const tz = e.str('timezone');
    if (tz !== '' && !loadsAsGoLocation(tz))
      e.invalid(
        'timezone',
        `unknown timezone ${quote(tz)}; use an IANA name such as America/New_York`,
        'eventsource.calendar.invalid-timezone',
      );
    list(e.value('exclusionDates')).forEach((raw, i) => {
      const value = text(raw);
      if (!value.startsWith('EXDATE:')) {
        e.report(
          'eventsource.calendar.exclusion-ignored',
          'warning',
          `exclusion date ${quote(value)} does not start with EXDATE:, so it is ignored (write EXDATE:20261224T000000Z)`,
          ['exclusionDates', i],
        );
        return;
      }
      const bad = value
        .slice('EXDATE:'.length)
        .split(',')
        .find((d) => !isExclusionDate(d));
      if (bad !== undefined)
        e.report(
          'eventsource.invalid-value',
          'error',
          `exclusion date ${quote(bad)} is not in the form 20060102T150405Z; the source fails to start`,
          ['exclusionDates', i],
        );
    });
  },

  // file/validate.go and file_config.go WatchPathConfig.Validate.
  file: (e) => {
    e.needAll('eventType');
    checkWatchPath(e, 'watchPathConfig');
  },

  // sftp/validate.go
  sftp: (e) => {
    e.needAll('eventType');
    checkWatchPath(e, 'watchPathConfig');
  },

  // hdfs/validate.go (the watch path is inline).
  hdfs: (e) => {
    const type = e.str('type');
    if (type === '') e.need('type');
    else if (!type.split('|').some((op) => FILE_OPS.includes(op)))
      e.invalid(
        'type',
        `type must name file operations, e.g. CREATE or CREATE|WRITE (one of ${FILE_OPS.join(', ')}; got ${quote(type)})`,
      );
    e.goDuration('checkInterval');
    checkWatchPath(e, '');
    if (!e.filled('addresses')) e.need('addresses', 'at least one HDFS namenode address');
    const ccache = e.has('krbCCacheSecret');
    const keytab = e.has('krbKeytabSecret');
    if (!e.filled('hdfsUser') && !ccache && !keytab)
      e.need('hdfsUser, krbCCacheSecret or krbKeytabSecret');
    const kerberos = keytab
      ? ['krbServicePrincipalName', 'krbConfigConfigMap', 'krbUsername', 'krbRealm']
      : ccache
        ? ['krbServicePrincipalName', 'krbConfigConfigMap']
        : [];
    for (const field of kerberos)
      if (!e.filled(field))
        e.need(field, `${keytab ? 'krbKeytabSecret' : 'krbCCacheSecret'} is set`);
  },

  // minio/validate.go; the bucket is read when the pod starts, and MinIO refuses to listen for
  // event names it does not know (internal/event/name.go ParseName).
  minio: (e) => {
    for (const f of ['accessKey', 'secretKey']) if (!e.has(f)) e.need(f, 'a Secret reference');
    e.needAll('endpoint');
    if (!e.has('bucket')) e.need('bucket: {name: …}', 'the source crashes at start-up without one');
    else e.needAll('bucket.name');
    list(e.value('events')).forEach((raw, i) => {
      const name = text(raw);
      if (!MINIO_EVENT_NAMES.has(name))
        e.report(
          'eventsource.invalid-value',
          'error',
          name === ''
            ? 'an event name cannot be empty'
            : `unknown MinIO event ${quote(name)}; MinIO refuses to listen for it (e.g. s3:ObjectCreated:Put, s3:ObjectCreated:*, s3:ObjectRemoved:Delete)`,
          ['events', i],
        );
    });
  },

  // resource/validate.go and start.go (event types and label selectors are read at start-up).
  resource: (e) => {
    e.needAll('version', 'resource');
    if (!e.has('eventTypes')) e.need('eventTypes', 'e.g. [ADD, UPDATE, DELETE]');
    list(e.value('eventTypes')).forEach((raw, i) => {
      const t = text(raw);
      if (!RESOURCE_EVENT_TYPES.includes(t))
        e.report(
          'eventsource.invalid-value',
          'error',
          `unknown event type ${quote(t)}; it is ${RESOURCE_EVENT_TYPES.join(', ')}${RESOURCE_EVENT_TYPES.includes(t.toUpperCase()) ? ` (in capitals: ${t.toUpperCase()})` : ''}, and the source fails to start otherwise`,
          ['eventTypes', i],
        );
    });
    for (const family of ['labels', 'fields'] as const) {
      list(obj(e.value('filter'))?.[family]).forEach((raw, i) => {
        const sel = obj(raw) ?? {};
        const at = ['filter', family, i];
        if (text(sel.key) === '') e.need('a key in every selector', '', at);
        const op = text(sel.operation);
        if (family === 'labels' && op !== '' && !LABEL_OPERATORS.includes(op))
          e.report(
            'eventsource.invalid-value',
            'error',
            `label selector operation ${quote(op)} is not one Kubernetes knows (${LABEL_OPERATORS.join(', ')}); the source fails to start`,
            [...at, 'operation'],
          );
        if (family === 'fields' && !FIELD_OPERATORS.includes(op))
          e.report(
            'eventsource.resource.field-never-matches',
            'warning',
            op === ''
              ? 'a field selector needs operation "=", "==" or "!=": without one it matches nothing'
              : `field selector operation ${quote(op)} matches nothing; use "=", "==" or "!="`,
            [...at, op === '' ? 'key' : 'operation'],
          );
      });
    }
  },

  // generic/validate.go
  generic: (e) => e.needAll('url', 'config'),
};

/** file_config.go WatchPathConfig.Validate; `at` is '' where the fields are inline (hdfs). */
function checkWatchPath(e: FieldCheck, at: string): void {
  const p = at === '' ? '' : `${at}.`;
  if (at !== '' && !e.has(at)) {
    e.need(`${at}: {directory, path}`);
    return;
  }
  const directory = e.str(`${p}directory`);
  if (directory === '') e.need(`${p}directory`, '', at === '' ? [] : [at]);
  else if (!directory.startsWith('/'))
    e.invalid(`${p}directory`, `directory must be an absolute path (got ${quote(directory)})`);
  const path = e.str(`${p}path`);
  const regexp = e.str(`${p}pathRegexp`);
  if (path === '' && regexp === '') e.need(`${p}path or ${p}pathRegexp`, '', at === '' ? [] : [at]);
  if (path !== '' && regexp !== '')
    e.conflict('set path or pathRegexp, not both', `${p}pathRegexp`);
  if (path.startsWith('/'))
    e.invalid(
      `${p}path`,
      `path is relative to the directory (got the absolute path ${quote(path)})`,
    );
}

/** Go time.Parse("20060102T150405Z"): a real date and time in that exact layout. */
function isExclusionDate(s: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return false;
  // The pattern has six groups, so the defaults never apply.
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, se));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    se < 60
  );
}
