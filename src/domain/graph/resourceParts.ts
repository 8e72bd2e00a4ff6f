import { isJsonObject } from '../manifest/jsonValue';

/**
 * Which keys of a resource's `spec` are not event-source types. Everything else under an EventSource
 * spec that holds a mapping is read as `spec.<type>: {eventName: config}`, so types added upstream
 * after our catalog still show up as events instead of vanishing.
 */
export const EVENT_SOURCE_NON_TYPE_KEYS: ReadonlySet<string> = new Set([
  'template',
  'service',
  'eventBusName',
  'replica',
  'replicas',
]);

/** The EventBus spec keys that name a bus kind. */
const EVENT_BUS_KIND_KEYS: readonly string[] = ['jetstream', 'nats', 'kafka', 'jetstreamExotic'];

export const DEFAULT_EVENT_BUS = 'default';

export function specOf(manifest: Record<string, unknown>): Record<string, unknown> | null {
  return isJsonObject(manifest.spec) ? manifest.spec : null;
}

/** The `spec.<type>` keys of an EventSource in spec order. */
export function eventSourceTypes(manifest: Record<string, unknown>): string[] {
  const spec = specOf(manifest);
  if (!spec) return [];
  return Object.keys(spec).filter(
    (k) => !EVENT_SOURCE_NON_TYPE_KEYS.has(k) && isJsonObject(spec[k]),
  );
}

export function eventBusKinds(manifest: Record<string, unknown>): string[] {
  const spec = specOf(manifest);
  if (!spec) return [];
  return EVENT_BUS_KIND_KEYS.filter((k) => k in spec);
}

export function effectiveEventBusName(manifest: Record<string, unknown>): string {
  const name = specOf(manifest)?.eventBusName;
  return typeof name === 'string' && name !== '' ? name : DEFAULT_EVENT_BUS;
}

/** `spec.dependencies` / `spec.triggers` when they are lists of mappings; null when malformed or absent. */
export function objectList(
  manifest: Record<string, unknown>,
  key: 'dependencies' | 'triggers',
): Record<string, unknown>[] | null {
  const list = specOf(manifest)?.[key];
  if (!Array.isArray(list)) return null;
  const objects = list.filter(isJsonObject);
  return objects.length === list.length ? objects : null;
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The trigger type key under `template` (first known key in the controller's execution order). */
export const TRIGGER_TYPE_ORDER: readonly string[] = [
  'k8s',
  'argoWorkflow',
  'http',
  'awsLambda',
  'azureEventHubs',
  'azureServiceBus',
  'kafka',
  'pulsar',
  'nats',
  'slack',
  'openWhisk',
  'custom',
  'log',
  'email',
];

export function triggerTypeOf(trigger: Record<string, unknown>): string | null {
  const template = trigger.template;
  if (!isJsonObject(template)) return null;
  return TRIGGER_TYPE_ORDER.find((k) => template[k] !== undefined && template[k] !== null) ?? null;
}
