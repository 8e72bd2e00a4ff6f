import { utf8Decode, utf8Encode } from '../../lib/utf8';
import { checkMaxPayload, J, NoEvent, obj, str, type Builder } from './builderKit';
import { GoDecodeError, reencode } from './goStruct';
import { field, parseJsonTree } from './jsonTree';
import { STORAGE_GRID_NOTIFICATION } from './sourceStructs';
import { routeHeaders } from './webhookRoute';
import { nullRecord } from '../../lib/nullRecord';

/** url.QueryUnescape: `+` is a space, `%XX` a byte; a bad escape is an error (null). */
function queryUnescape(s: string): string | null {
  const bytes: number[] = [];
  let run = '';
  const flush = () => {
    bytes.push(...utf8Encode(run));
    run = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
      flush();
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else run += c === '+' ? ' ' : c;
  }
  flush();
  return utf8Decode(bytes);
}

type QValue = unknown;

/** github.com/joncalhoun/qson ToJSON: `a=1&b[c]=x&d[]=y` → {"a":1,"b":{"c":"x"},"d":["y"]}. */
function qsonToJson(query: string): Record<string, QValue> | string {
  let built: Record<string, QValue> = {};
  for (const part of query.split('&')) {
    const m = queryToMap(part);
    if (typeof m === 'string') return m;
    built = mergeMaps(built, m);
  }
  return built;
}

function queryToMap(param: string): Record<string, QValue> | string {
  const eq = param.lastIndexOf('=');
  if (eq < 0) return 'qson: invalid url query param provided';
  const rawKey = queryUnescape(param.slice(0, eq));
  const rawValue = queryUnescape(param.slice(eq + 1));
  if (rawKey === null || rawValue === null) return 'invalid URL escape';
  const pieces = rawKey.split(/\[|\]/);
  const key = pieces[0]!;
  const out: Record<string, QValue> = nullRecord<QValue>();
  if (pieces.length === 1) {
    try {
      out[key] = JSON.parse(rawValue);
    } catch {
      try {
        out[key] = JSON.parse(`"${rawValue}"`);
      } catch {
        return `qson: the value of ${key} is neither JSON nor a plain string`;
      }
    }
    return out;
  }
  const rest = rawKey.slice(key.length + 1);
  const newKey = rest.slice(0, pieces[1]!.length) + rest.slice(pieces[1]!.length + 1);
  const inner = queryToMap(`${newKey}=${rawValue}`);
  if (typeof inner === 'string') return inner;
  out[key] = pieces[1] === '' ? [inner['']] : inner;
  return out;
}

function merge(a: QValue, b: QValue): QValue {
  const am = obj(a);
  const bm = obj(b);
  if (am && bm) return mergeMaps(am, bm);
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  return b;
}

function mergeMaps(am: Record<string, QValue>, bm: Record<string, QValue>): Record<string, QValue> {
  const out: Record<string, QValue> = Object.assign(nullRecord<QValue>(), am);
  for (const k of Object.keys(bm)) out[k] = k in out ? merge(out[k], bm[k]) : bm[k];
  return out;
}

/**
 * storagegrid/start.go HandleRoute: the form-encoded SNS-style body is unescaped, turned into JSON
 * by qson, decoded into StorageGridNotification (unknown keys dropped; the record's source key is
 * `storageGridEventSource`), and filtered by prefix/suffix on the first record's object key.
 * The source answers 200 before any of this, so a body it cannot read just gives no event.
 */
export const storageGrid: Builder = (ctx) => {
  routeHeaders(ctx);
  checkMaxPayload(ctx);
  const unescaped = queryUnescape(ctx.p.body ?? '');
  if (unescaped === null)
    throw new NoEvent(
      'the body has an invalid URL escape: the source logs "failed to unescape request body url"',
    );
  const q = qsonToJson(unescaped);
  if (typeof q === 'string')
    throw new NoEvent(
      `the body is not a StorageGRID form notification (${q}): the source logs the error and publishes nothing`,
    );
  let notification: string;
  try {
    notification = reencode(J(q), STORAGE_GRID_NOTIFICATION);
  } catch (e) {
    if (e instanceof GoDecodeError)
      throw new NoEvent(
        `failed to convert the request body into storage grid notification: ${e.message}`,
      );
    throw e;
  }
  const filter = obj(ctx.cfg.filter);
  const prefix = str(filter?.prefix);
  const suffix = str(filter?.suffix);
  if (filter && (prefix || suffix)) {
    const tree = parseJsonTree(notification);
    const records = tree && field(tree, 'Message') && field(field(tree, 'Message')!, 'Records');
    const first = records?.k === 'array' ? records.items[0] : undefined;
    if (!first)
      throw new NoEvent(
        'the notification has no Records, so the prefix/suffix filter cannot read Records[0] (the handler panics)',
      );
    const key = field(field(field(first, 's3')!, 'object')!, 'key');
    const name = key?.k === 'string' ? key.value : '';
    if ((prefix && !name.startsWith(prefix)) || (suffix && !name.endsWith(suffix)))
      throw new NoEvent(
        `the object key ${JSON.stringify(name)} does not pass the filter (prefix ${JSON.stringify(prefix)}, suffix ${JSON.stringify(suffix)}): "discarding notification since it did not pass all filters"`,
      );
  }
  return [['notification', notification]];
};
