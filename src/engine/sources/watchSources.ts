import { calendarEventTime, calendarStartError } from '../clock/calendar';
import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import {
  BuildError,
  field,
  J,
  jsonBody,
  NoEvent,
  obj,
  str,
  type Builder,
  type BuildCtx,
} from './builderKit';
import { compactGoJson } from './goHttp';
import { GoDecodeError, reencode } from './goStruct';
import { parseJsonTree } from './jsonTree';
import { resourceEvent } from './resourceSource';
import { MINIO_EVENT } from './sourceStructs';

/** fsevent.Op: CREATE=1, WRITE=2, REMOVE=4, RENAME=8, CHMOD=16. */
const OPS = ['CREATE', 'WRITE', 'REMOVE', 'RENAME', 'CHMOD'] as const;

/** The operation as fsnotify prints it (`CREATE`, `CREATE|WRITE`), from a name or the number. */
function opName(v: unknown): string {
  if (typeof v === 'string') return v;
  const n = typeof v === 'number' ? v : 1;
  // fsnotify's Op.String order: CREATE, REMOVE, WRITE, RENAME, CHMOD.
  const order: [string, number][] = [
    ['CREATE', 1],
    ['REMOVE', 4],
    ['WRITE', 2],
    ['RENAME', 8],
    ['CHMOD', 16],
  ];
  return order
    .filter(([, bit]) => (n & bit) !== 0)
    .map(([name]) => name)
    .join('|');
}

/** fsevent.NewOp. */
function opNumber(name: string): number {
  let n = 0;
  for (const part of name.split('|')) {
    const i = OPS.findIndex((op) => op === part);
    if (i >= 0) n |= 1 << i;
  }
  return n;
}

/**
 * The path filter of file/start.go, sftp/start.go and hdfs/start.go: the name relative to the
 * directory must equal `path` or match `pathRegexp`; then the operation must match.
 */
function watchedFile(
  ctx: BuildCtx,
  watch: Record<string, unknown>,
  name: string,
  op: string,
  anyBit: boolean,
): void {
  const dir = str(watch.directory);
  const rel = name.startsWith(dir) ? name.slice(dir.length) : name;
  const path = str(watch.path);
  const pattern = str(watch.pathRegexp);
  let matched = path !== '' && path === rel;
  if (!matched && pattern) {
    const re = compileGoRegex(pattern);
    if (!re.ok)
      throw new BuildError(
        `the source cannot start: pathRegexp ${JSON.stringify(pattern)}: ${re.error}`,
      );
    matched = goRegexMatch(re.re, rel);
  }
  if (!matched)
    throw new NoEvent(
      `${JSON.stringify(rel)} (relative to ${JSON.stringify(dir)}) matches neither path ${JSON.stringify(path)} nor pathRegexp ${JSON.stringify(pattern)}`,
    );
  const want = anyBit ? str(ctx.cfg.type) : str(ctx.cfg.eventType);
  const ok = anyBit ? (opNumber(want) & opNumber(op)) !== 0 : want === op;
  if (!ok)
    throw new NoEvent(
      `the operation ${op} is not the watched ${anyBit ? 'type' : 'eventType'} ${JSON.stringify(want)}`,
    );
}

function fileEvent(ctx: BuildCtx, kind: 'file' | 'sftp' | 'hdfs'): string {
  const watch = kind === 'hdfs' ? ctx.cfg : (obj(ctx.cfg.watchPathConfig) ?? {});
  const dir = str(watch.directory);
  const fallback =
    kind === 'sftp' ? str(watch.path) || 'sales.csv' : `${dir}${str(watch.path) || 'sales.csv'}`;
  const name = typeof ctx.p.fields?.name === 'string' ? ctx.p.fields.name : fallback;
  const op = opName(
    ctx.p.fields?.op ??
      (kind === 'hdfs' ? str(ctx.cfg.type) || 'CREATE' : str(ctx.cfg.eventType) || 'CREATE'),
  );
  if (kind === 'sftp' && op !== 'CREATE' && op !== 'REMOVE')
    throw new NoEvent(
      `the SFTP source polls the directory and only reports CREATE and REMOVE, not ${op}`,
    );
  watchedFile(ctx, watch, name, op, kind === 'hdfs');
  // fsevent.Event's metadata has no omitempty: an unset map is null.
  const meta = obj(ctx.cfg.metadata);
  return `{"name":${J(name)},"op":${opNumber(op)},"metadata":${meta ? J(meta) : 'null'}}`;
}

/**
 * minio/start.go: ListenBucketNotification filters by prefix, suffix and event names on the server,
 * and records are minio-go notification.Event structs (with `source`).
 */
function minio(ctx: BuildCtx): [string, string][] {
  const json =
    ctx.p.body !== undefined ? jsonBody(ctx, 'the notification') : field(ctx, 'notification', []);
  const tree = parseJsonTree(json);
  const records = tree?.k === 'array' ? tree.items : tree ? [tree] : [];
  const filter = obj(ctx.cfg.filter) ?? {};
  const prefix = str(filter.prefix);
  const suffix = str(filter.suffix);
  const events = Array.isArray(ctx.cfg.events)
    ? ctx.cfg.events.filter((e): e is string => typeof e === 'string')
    : [];
  const eventMatches = (name: string) =>
    events.length === 0 ||
    events.some((e) => (e.endsWith('*') ? name.startsWith(e.slice(0, -1)) : e === name));
  const reasons: string[] = [];
  const kept: string[] = [];
  for (const r of records) {
    let rec: string;
    try {
      rec = reencode(r.raw, MINIO_EVENT);
    } catch (e) {
      if (e instanceof GoDecodeError)
        throw new BuildError(`the record is not a notification.Event: ${e.message}`);
      throw e;
    }
    // reencode gave a notification.Event, so these members are there.
    const value = obj(JSON.parse(rec)) ?? {};
    const key = str(obj(obj(value.s3)?.object)?.key);
    const eventName = str(value.eventName);
    if (!key.startsWith(prefix) || !key.endsWith(suffix)) {
      reasons.push(
        `object key ${JSON.stringify(key)} does not match the source's filter (prefix ${JSON.stringify(prefix)}, suffix ${JSON.stringify(suffix)})`,
      );
      continue;
    }
    if (!eventMatches(eventName)) {
      reasons.push(
        `${JSON.stringify(eventName)} is not one of the source's events (${events.join(', ')})`,
      );
      continue;
    }
    kept.push(rec);
  }
  if (records.length > 0 && kept.length === 0)
    throw new NoEvent(`the bucket sends no notification: ${reasons.join('; ')}`);
  return [['notification', compactGoJson(`[${kept.join(',')}]`) ?? '[]']];
}

export const WATCH_BUILDERS: Readonly<Record<string, Builder>> = {
  calendar: (ctx) => {
    const problem = calendarStartError(ctx.cfg);
    if (problem) throw new BuildError(`the calendar source cannot start: ${problem}`);
    return [['eventTime', J(calendarEventTime(ctx.nowMs, ctx.startMs))]];
  },
  resource: resourceEvent,
  minio,
  file: (ctx) => fileEvent(ctx, 'file'),
  sftp: (ctx) => fileEvent(ctx, 'sftp'),
  hdfs: (ctx) => fileEvent(ctx, 'hdfs'),
};
