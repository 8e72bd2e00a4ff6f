import { closest } from '../../lib/editDistance';
import { canonicalHeaderKey } from '../sources/goHttp';

/**
 * How far the samples of a source type describe what it can send. The samples give the structure;
 * these rules mark where a provider's payload is open:
 * - `open`: anything may appear below the path (a webhook body, a Kubernetes spec);
 * - `map`: any key at that level, each shaped like the sample's values there (header names, SQS
 *   attributes), so `messageAttributes.x.StringValue` is fine and `messageAttributes.x.Value` not;
 * - `closed`: back to the samples' structure under an open parent (a resource's metadata).
 * `*` in a rule matches one path segment. The most specific matching rule wins.
 */
type Openness = 'open' | 'map' | 'closed';
export type Rules = readonly (readonly [string, Openness])[];

const HEADER_MAP = (key: 'header' | 'headers'): [string, Openness][] => [[key, 'map']];
const GIT_BODY_OPEN: [string, Openness][] = [
  ['body.inputs', 'open'],
  ['body.client_payload', 'open'],
  ['body.*.custom_properties', 'open'],
  ['body.repository.custom_properties', 'open'],
  ['body.changes', 'open'],
  ['body.push_options', 'open'],
  ['body.object_attributes.merge_params', 'open'],
];
const K8S = (key: string): [string, Openness][] => [
  [key, 'open'],
  [`${key}.metadata`, 'closed'],
  [`${key}.metadata.labels`, 'open'],
  [`${key}.metadata.annotations`, 'open'],
  [`${key}.metadata.managedFields`, 'open'],
  [`${key}.metadata.ownerReferences`, 'open'],
];
const BODY_OPEN: [string, Openness] = ['body', 'open'];
const MESSAGE = (jsonBody: boolean, ...more: [string, Openness][]): Rules => [
  ...(jsonBody ? [BODY_OPEN] : []),
  ...more,
];

/** The openness rules of a type, given the event's configuration. */
export function openness(type: string, cfg: Record<string, unknown>): Rules {
  const jsonBody = cfg.jsonBody === true;
  switch (type) {
    case 'webhook':
      return [...HEADER_MAP('header'), ['body', 'open']];
    case 'github':
    case 'gitlab':
    case 'bitbucket':
    case 'bitbucketserver':
      return [...HEADER_MAP('headers'), ...GIT_BODY_OPEN];
    case 'gerrit':
      return [...HEADER_MAP('headers'), ['body', 'open']];
    case 'sns':
      return [...HEADER_MAP('header'), ['body.MessageAttributes', 'open']];
    case 'slack':
      return [
        ['Data.blocks', 'open'],
        ['Data.attachments', 'open'],
        ['Data.files', 'open'],
        ['Data.view', 'open'],
        ['Data.item.message', 'open'],
        ['Data.message.blocks', 'open'],
        ['Data.message.metadata.event_payload', 'open'],
      ];
    case 'stripe':
      return [
        ['event.data.object', 'open'],
        ['event.data.previous_attributes', 'open'],
      ];
    case 'minio':
      return [
        ['notification.*.requestParameters', 'open'],
        ['notification.*.responseElements', 'open'],
        ['notification.*.s3.object', 'closed'],
        ['notification.*.s3.object.userMetadata', 'open'],
        ['notification.*.s3.object.versionId', 'open'],
      ];
    case 'resource':
      return [...K8S('body'), ...K8S('oldBody')];
    case 'kafka':
      return MESSAGE(jsonBody, ['headers', 'open']);
    case 'nats':
      return MESSAGE(jsonBody, ['header', 'open']);
    case 'pubSub':
      return MESSAGE(jsonBody, ['attributes', 'open']);
    case 'azureServiceBus':
      return MESSAGE(jsonBody, ['applicationProperties', 'open']);
    case 'sqs':
      return MESSAGE(jsonBody, ['messageAttributes', 'map']);
    case 'redisStream':
      return [['values', 'open']];
    case 'redis':
      return MESSAGE(jsonBody);
    case 'mns':
      return [];
    case 'amqp':
    case 'mqtt':
    case 'nsq':
    case 'pulsar':
    case 'emitter':
    case 'generic':
    case 'azureQueueStorage':
      return MESSAGE(jsonBody);
    default:
      return [];
  }
}

function matches(rule: string[], path: string[]): boolean {
  return rule.length <= path.length && rule.every((r, i) => r === '*' || r === path[i]);
}

/** The rule that governs `path` (the longest matching one), or null. */
function ruleAt(rules: Rules, path: string[]): Openness | null {
  let best: { len: number; kind: Openness } | null = null;
  for (const [p, kind] of rules) {
    const segs = p.split('.');
    if (segs.length === path.length && matches(segs, path) && (!best || segs.length >= best.len))
      best = { len: segs.length, kind };
  }
  return best?.kind ?? null;
}

/** The rule governing depth `n` of `segs`: the most specific rule on a prefix of length ≤ n. */
function governing(rules: Rules, segs: string[], n: number): Openness | null {
  for (let k = n; k >= 1; k--) {
    const at = ruleAt(rules, segs.slice(0, k));
    if (at) return at;
  }
  return null;
}

/** True when a `closed` rule applies deeper than depth `n` on this path. */
function closedAhead(rules: Rules, segs: string[], n: number): boolean {
  for (let k = n + 1; k <= segs.length; k++)
    if (ruleAt(rules, segs.slice(0, k)) === 'closed') return true;
  return false;
}

/** Splits a plain gjson path on unescaped dots, unescaping keys. */
function splitGjsonPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && i + 1 < path.length) cur += path[++i];
    else if (c === '.') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export type PathVerdict =
  | { kind: 'found' }
  | { kind: 'possible' }
  | { kind: 'impossible'; at: string[]; why: string; fix?: string };

const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const HEADER_KEYS = new Set(['header', 'headers']);

/**
 * Can the event data contain `path`? Walks the sample values (several samples at once) under the
 * type's openness rules: a path is impossible only where every sample is a closed object without
 * that key, an array indexed by a name, or a scalar with something below it.
 */
export function pathVerdict(
  path: string,
  samples: unknown[],
  rules: Rules,
  httpHeaders: boolean,
): PathVerdict {
  const segs = splitGjsonPath(path);
  let values = samples;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const here = segs.slice(0, i);
    const open = governing(rules, segs, i) === 'open';
    if (open && !closedAhead(rules, segs, i)) return { kind: 'possible' };
    if (values.some((v) => v === null)) return { kind: 'possible' };
    const isMap = here.length > 0 && ruleAt(rules, here) === 'map';
    if (
      isMap &&
      httpHeaders &&
      here.length === 1 &&
      HEADER_KEYS.has(here[0]!) &&
      canonicalHeaderKey(seg) !== seg
    )
      return {
        kind: 'impossible',
        at: [...here, seg],
        why: `Go canonicalises header names, so the key is ${JSON.stringify(canonicalHeaderKey(seg))}`,
        fix: [...here, canonicalHeaderKey(seg), ...segs.slice(i + 1)].join('.'),
      };
    const next: unknown[] = [];
    let arrayByName = false;
    let scalar: unknown = undefined;
    for (const v of values) {
      if (Array.isArray(v)) {
        if (/^\d+$/.test(seg)) next.push(...v);
        else arrayByName = true;
      } else if (isObj(v)) {
        if (isMap) next.push(...Object.values(v));
        else if (Object.prototype.hasOwnProperty.call(v, seg)) next.push(v[seg]);
      } else scalar = v;
    }
    if (next.length === 0) {
      // Empty lists and maps in every sample say nothing about what their elements hold.
      const empty = (v: unknown) =>
        Array.isArray(v) ? v.length === 0 : isObj(v) && Object.keys(v).length === 0;
      if (open || (here.length > 0 && values.every(empty))) return { kind: 'possible' };
      const where = here.length ? here.join('.') : 'the event data';
      const why =
        scalar !== undefined
          ? `${where} is a ${typeof scalar === 'string' ? 'string' : typeof scalar}, so nothing is below it`
          : arrayByName
            ? `${where} is a list: use an index such as ${[...here, '0', seg].join('.')}`
            : `${where} has no field ${JSON.stringify(seg)}`;
      // The nearest key at this level, with the rest of the path kept, is the likeliest fix.
      const siblings = [...new Set(values.flatMap((v) => (isObj(v) ? Object.keys(v) : [])))];
      const near = closest(seg, siblings);
      const fix = near ? [...here, near, ...segs.slice(i + 1)].join('.') : undefined;
      return { kind: 'impossible', at: [...here, seg], why, ...(fix ? { fix } : {}) };
    }
    values = next;
  }
  return { kind: 'found' };
}
