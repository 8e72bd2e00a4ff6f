import { parse as parseYaml } from 'yaml';
import { isPlainObject } from '../../lib/deepEqual';
import type { SensorEvent } from '../event';
import { applyParameters } from '../params/parameters';
import { sha1Hex } from '../template/hashes';

export interface ResourceAction {
  operation: string;
  /** The object after parameters, with the labels and namespace the trigger adds. */
  resource?: unknown;
  /** The namespace the action runs in ('' when the design does not say). */
  namespace: string;
  /** argoWorkflow: the argo command line the sensor runs. */
  command?: string[];
  notes: string[];
  /**
   * The attempt fails before reaching the cluster, whatever the outcome: the sensor's message
   * (`failed to execute trigger, … no name is given`, `invalid kind`, a liveObject without a name).
   */
  execError?: string;
}

/** Kinds the standard k8s trigger treats as cluster-scoped (their plural, all lowercase, in standard-k8s.go). */
const CLUSTER_KINDS = new Set([
  'namespace',
  'node',
  'persistentvolume',
  'clusterrole',
  'clusterrolebinding',
]);

const K8S_OPS = new Set(['create', 'update', 'patch', 'delete']);
const WORKFLOW_OPS = new Set([
  'submit',
  'submit-from',
  'resubmit',
  'resume',
  'retry',
  'suspend',
  'terminate',
  'stop',
]);

interface Who {
  sensor: string;
  trigger: string;
  sensorNamespace: string;
}

/**
 * What a k8s or argoWorkflow trigger sends, as its Execute builds it
 * (pkg/sensors/triggers/standard-k8s/standard-k8s.go, argo-workflow/argo-workflow.go): parameters on
 * the fetched resource; then the three `events.argoproj.io/*` labels on a created object or a
 * submitted Workflow, the namespace defaulted to the Sensor's, and the checks that fail before any
 * call is made.
 */
export function renderResource(
  type: 'k8s' | 'argoWorkflow',
  spec: Record<string, unknown>,
  events: Readonly<Record<string, SensorEvent>>,
  nowMs: number,
  who: Who,
): { ok: true; action: ResourceAction } | { ok: false; error: string } {
  const operation =
    typeof spec.operation === 'string' && spec.operation
      ? spec.operation
      : type === 'k8s'
        ? 'create'
        : 'submit';
  const source = isPlainObject(spec.source) ? spec.source : {};
  const fetched = fetchResource(source);
  if (!fetched.ok)
    return {
      ok: true,
      action: { operation, namespace: who.sensorNamespace, notes: [fetched.error] },
    };
  const ownParams = Array.isArray(spec.parameters) ? spec.parameters : [];
  const r = applyParameters(fetched.resource, ownParams, events, nowMs);
  if (!r.ok) return { ok: false, error: `${type} parameters: ${r.error}` };
  const resource = isPlainObject(r.value) ? r.value : {};
  const meta = isPlainObject(resource.metadata) ? { ...resource.metadata } : {};
  const notes: string[] = [];
  const name = typeof meta.name === 'string' ? meta.name : '';
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : '';
  if (!name && generateName) {
    // The API server appends five random characters; the simulator derives them from the event ids.
    const suffix = sha1Hex(
      Object.values(events)
        .map((e) => e.context.id)
        .join(','),
    )
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 5);
    notes.push(`generated name: ${generateName}${suffix} (the cluster picks the suffix)`);
  }
  const labels = {
    'events.argoproj.io/sensor': who.sensor,
    'events.argoproj.io/trigger': who.trigger,
    'events.argoproj.io/action-timestamp': String(Math.trunc(nowMs)),
  };
  const ownNamespace = typeof meta.namespace === 'string' ? meta.namespace : '';
  const withLabels = () => ({ ...(isPlainObject(meta.labels) ? meta.labels : {}), ...labels });

  if (type === 'argoWorkflow') {
    const namespace = ownNamespace || who.sensorNamespace;
    const nsArgs = ['-n', namespace || '<the Sensor’s namespace>'];
    const args = Array.isArray(spec.args) ? spec.args.map(String) : [];
    let execError: string | undefined;
    let command: string[];
    // Execute checks the name before the operation, so an unknown operation without a name says so.
    if (!name && operation !== 'submit')
      execError = `failed to execute the workflow ${operation} operation, no name is given`;
    else if (!name && !generateName)
      execError = 'failed to trigger the workflow, neither name nor generateName is given';
    else if (!WORKFLOW_OPS.has(operation)) execError = `unknown operation type ${operation}`;
    if (operation === 'submit') {
      meta.labels = withLabels();
      command = ['argo', ...nsArgs, 'submit', `<temp file: ${name || generateName}…>`, ...args];
    } else if (operation === 'submit-from') {
      const kind = typeof resource.kind === 'string' ? resource.kind : '';
      const from = { cronworkflow: 'cronwf', workflowtemplate: 'workflowtemplate' }[
        kind.toLowerCase()
      ];
      if (!from && !execError) execError = `invalid kind ${kind}`;
      command = ['argo', ...nsArgs, 'submit', '--from', `${from ?? kind}/${name}`, ...args];
    } else command = ['argo', ...nsArgs, operation, name, ...args];
    if (!namespace)
      notes.push(
        'the Sensor has no namespace in the design: argo -n gets the namespace the Sensor runs in',
      );
    return {
      ok: true,
      action: {
        operation,
        resource: { ...resource, metadata: meta },
        namespace,
        command,
        notes,
        // triggerOne wraps what Execute returns.
        ...(execError ? { execError: `failed to execute trigger, ${execError}` } : {}),
      },
    };
  }

  const kind = typeof resource.kind === 'string' ? resource.kind : '';
  const clusterScoped = CLUSTER_KINDS.has(kind.toLowerCase());
  const namespace = clusterScoped ? '' : ownNamespace || who.sensorNamespace;
  if (namespace) meta.namespace = namespace;
  else delete meta.namespace;
  if (!clusterScoped && !namespace)
    notes.push(
      'the Sensor has no namespace in the design: the object goes to the namespace the Sensor runs in',
    );
  if (operation === 'create') meta.labels = withLabels();
  let execError: string | undefined;
  if (!K8S_OPS.has(operation))
    execError = `failed to execute trigger, unknown operation type ${operation}`;
  // FetchResource's own errors reach the retry loop unwrapped.
  else if (spec.liveObject === true && operation === 'update') {
    if (!name) execError = 'resource name must be specified for fetching live object';
    else if (!ownNamespace && !clusterScoped)
      execError = 'resource namespace must be specified for fetching live object';
    else
      notes.push(
        'liveObject: the sensor fetches the live object first and merges this one into it; the simulator shows the template after parameters',
      );
  }
  if (operation === 'update' || operation === 'patch')
    notes.push(`${operation}: the sensor reads the object first and creates it if it is not found`);
  if (operation === 'delete') notes.push('delete: nothing happens if the object is not found');
  return {
    ok: true,
    action: {
      operation,
      resource: { ...resource, metadata: meta },
      namespace,
      notes,
      ...(execError ? { execError } : {}),
    },
  };
}

function fetchResource(
  source: Record<string, unknown>,
): { ok: true; resource: unknown } | { ok: false; error: string } {
  if (isPlainObject(source.resource)) return { ok: true, resource: source.resource };
  if (typeof source.inline === 'string') {
    try {
      const resource: unknown = parseYaml(source.inline, { maxAliasCount: 100 });
      return { ok: true, resource };
    } catch (e) {
      return {
        ok: false,
        error: `inline resource is not valid YAML: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  }
  const kind = ['configmap', 'file', 'url', 'git', 's3'].find((k) => source[k] !== undefined);
  return {
    ok: false,
    error: kind
      ? `the resource comes from ${kind}, which the simulator does not fetch; parameters were not applied`
      : 'the trigger has no source resource',
  };
}
