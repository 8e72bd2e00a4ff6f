import { goMarshal } from '../json/goJson';
import { gjsonGet } from '../json/gjson';
import { compileGoRegex, goRegexMatch } from '../regex/goRegex';
import { BuildError, J, NoEvent, obj, str, type Builder, type BuildCtx } from './builderKit';
import { compactGoJson } from './goHttp';

const EVENT_TYPES = ['ADD', 'UPDATE', 'DELETE'];
const QUALIFIED =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;

type Requirement = { key: string; op: string; values: string[] };

/** resource/start.go LabelReq + labels.NewRequirement: refused selectors stop the source. */
function requirement(sel: Record<string, unknown>): Requirement {
  const key = str(sel.key);
  const op = str(sel.operation) || '=';
  const value = str(sel.value);
  const values =
    (op === 'exists' || op === '!') && value === ''
      ? []
      : op === 'in' || op === 'notin'
        ? value.split(',')
        : [value];
  const fail = (why: string): never => {
    throw new BuildError(
      `the resource source cannot start: failed to create the label selector: ${why}`,
    );
  };
  if (!QUALIFIED.test(key) || key.length > 316) fail(`key: Invalid value: ${JSON.stringify(key)}`);
  switch (op) {
    case 'in':
    case 'notin':
      if (values.length === 0) fail("for 'in', 'notin' operators, values set can't be empty");
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1) fail('exact-match compatibility requires one single value');
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) fail('values set must be empty for exists and does not exist');
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1 || !/^[+-]?\d+$/.test(values[0]!))
        fail("for 'Gt', 'Lt' operators, the value must be an integer");
      break;
    default:
      fail(`operator '${op}' is not recognized`);
  }
  for (const v of values)
    if (!LABEL_VALUE.test(v)) fail(`values[0][${key}]: Invalid value: ${JSON.stringify(v)}`);
  return { key, op, values };
}

/** labels.Requirement.Matches. */
function labelMatches(r: Requirement, labels: Record<string, unknown>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = has ? String(labels[r.key]) : '';
  switch (r.op) {
    case '=':
    case '==':
    case 'in':
      return has && r.values.includes(v);
    case '!=':
    case 'notin':
      return !has || !r.values.includes(v);
    case 'exists':
      return has;
    case '!':
      return !has;
    default: {
      if (!has || !/^[+-]?\d+$/.test(v)) return false;
      return r.op === 'gt' ? Number(v) > Number(r.values[0]) : Number(v) < Number(r.values[0]);
    }
  }
}

const time = (v: unknown): number | null =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : null;

/** getEventTime: creation for ADD, deletion (or now) for DELETE, the latest Update managedField for UPDATE. */
function eventTime(o: Record<string, unknown>, type: string, nowMs: number): number {
  const meta = obj(o.metadata) ?? {};
  const created = time(meta.creationTimestamp) ?? -62135596800000;
  if (type === 'DELETE') return time(meta.deletionTimestamp) ?? nowMs;
  if (type !== 'UPDATE') return created;
  let t = created;
  for (const mf of Array.isArray(meta.managedFields) ? meta.managedFields : []) {
    const m = obj(mf);
    const at = time(m?.time);
    if (m?.operation === 'Update' && at !== null && at > t) t = at;
  }
  return t;
}

/** filterFields: each gjson path must exist and its string value match (=, ==) or not match (!=). */
function fieldsPass(json: string, selectors: unknown[]): string | null {
  for (const s of selectors) {
    const sel = obj(s) ?? {};
    const key = str(sel.key);
    const res = gjsonGet(json, key);
    if (!res.exists) return `the field ${JSON.stringify(key)} does not exist`;
    const re = compileGoRegex(str(sel.value));
    if (!re.ok) return `invalid regex ${JSON.stringify(str(sel.value))}`;
    const match = goRegexMatch(re.re, res.str);
    const op = str(sel.operation);
    if (op === '=' || op === '==') {
      if (!match)
        return `the field ${key} (${JSON.stringify(res.str)}) does not match ${JSON.stringify(str(sel.value))}`;
    } else if (op === '!=') {
      if (match)
        return `the field ${key} (${JSON.stringify(res.str)}) matches ${JSON.stringify(str(sel.value))}, and the operation is !=`;
    } else
      return `the field selector's operation ${JSON.stringify(op)} is not =, == or != (an empty one always fails)`;
  }
  return null;
}

function parseObject(
  ctx: BuildCtx,
  text: string | undefined,
  given: unknown,
  what: string,
): Record<string, unknown> | null {
  if (text !== undefined) {
    const c = compactGoJson(text);
    if (c === null) throw new BuildError(`the ${what} must be valid JSON`);
    const v: unknown = JSON.parse(c);
    return (
      obj(v) ??
      (() => {
        throw new BuildError(`the ${what} must be a JSON object (a Kubernetes resource)`);
      })()
    );
  }
  return obj(given);
}

/**
 * resource/start.go: handlers exist only for `eventTypes`; the informer sees the namespace and the
 * label selector; passFilters checks prefix, afterStart, createdBy and fields; the body is the
 * object as unstructured JSON (sorted keys).
 */
export const resourceEvent: Builder = (ctx) => {
  const types = Array.isArray(ctx.cfg.eventTypes) ? ctx.cfg.eventTypes.map(String) : [];
  const unknown = types.find((t) => !EVENT_TYPES.includes(t));
  if (unknown)
    throw new BuildError(`the resource source cannot start: unknown event type: ${unknown}`);
  const type = typeof ctx.p.fields?.type === 'string' ? ctx.p.fields.type : 'ADD';
  if (types.length === 0)
    throw new NoEvent('eventTypes is empty: the source registers no handler and publishes nothing');
  if (!types.includes(type))
    throw new NoEvent(`${type} is not one of the source's eventTypes (${types.join(', ')})`);
  const o = parseObject(ctx, ctx.p.body, ctx.p.fields?.object, 'resource') ?? {};
  const old = ctx.p.fields?.oldObject === undefined ? null : obj(ctx.p.fields.oldObject);
  const meta = obj(o.metadata) ?? {};
  const namespace = str(ctx.cfg.namespace);
  if (namespace && str(meta.namespace) !== namespace)
    throw new NoEvent(
      `the informer watches namespace ${namespace}; the object is in ${JSON.stringify(str(meta.namespace))}`,
    );
  const filter = obj(ctx.cfg.filter);
  const labels = obj(meta.labels) ?? {};
  for (const sel of Array.isArray(filter?.labels) ? filter.labels : []) {
    const r = requirement(obj(sel) ?? {});
    if (!labelMatches(r, labels))
      throw new NoEvent(
        `the label selector ${r.key} ${r.op} ${r.values.join(',')} does not select the object, so the informer never sees it`,
      );
  }
  if (type === 'UPDATE' && old) {
    const rv = str(obj(old.metadata)?.resourceVersion);
    if (rv !== '' && rv === str(meta.resourceVersion))
      throw new NoEvent(`rejecting update event with identical resource versions: ${rv}`);
  }
  if (filter) {
    const name = str(meta.name);
    const prefix = str(filter.prefix);
    if (prefix && !name.startsWith(prefix))
      throw new NoEvent(
        `the resource name ${JSON.stringify(name)} does not start with the filter's prefix ${JSON.stringify(prefix)}`,
      );
    if (filter.afterStart === true && eventTime(o, type, ctx.nowMs) < ctx.startMs)
      throw new NoEvent('the event happened before the EventSource started (filter.afterStart)');
    const createdBy = time(filter.createdBy);
    const created = time(meta.creationTimestamp) ?? -62135596800000;
    if (createdBy !== null && created > createdBy)
      throw new NoEvent(
        `the resource was created after the filter's createdBy (${String(filter.createdBy)})`,
      );
    const fields = Array.isArray(filter.fields) ? filter.fields : [];
    if (fields.length > 0) {
      const why = fieldsPass(goMarshal(o), fields);
      if (why) throw new NoEvent(why);
    }
  }
  return [
    ['type', J(type)],
    ['body', goMarshal(o)],
    ['oldBody', old ? goMarshal(old) : 'null'],
    ['group', J(str(ctx.cfg.group))],
    ['version', J(str(ctx.cfg.version))],
    ['resource', J(str(ctx.cfg.resource))],
  ];
};
