import { httpServerConfig } from '../../domain/catalog/eventSourceTypes';
import { shellQuote, shellWord } from '../../lib/shellWord';
/**
 * Shell commands that send the same event to the real EventSource on a cluster: apply, port-forward
 * to the EventSource (its Service when the design has one, else its pod), curl the endpoint, and read
 * the sensor's logs. Only for sources that receive HTTP (webhook and the Git/SaaS webhooks); others
 * get the apply and logs commands.
 */
export interface ReproduceInput {
  namespace: string;
  eventSourceName: string;
  sourceType: string;
  /** The event's configuration (port, endpoint, method…). */
  config: unknown;
  sensorName: string;
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  fileName: string;
  /**
   * `spec.service.ports` of the EventSource. The controller makes the Service
   * `<name>-eventsource-svc` only when `spec.service` has ports (pkg/reconciler/eventsource/resource.go
   * buildService); without it there is nothing but the pod to forward to.
   */
  servicePorts?: readonly unknown[];
}

/** The pod label the controller puts on an EventSource's pods (pkg/apis/events/v1alpha1/const.go). */
const POD_LABEL = 'eventsource-name';

/**
 * The port-forward target and remote port: the Service port that leads to the event's port
 * (`targetPort`, or `port` when no target is given), else the pod found by its label.
 */
function forwardTarget(
  r: ReproduceInput,
  ns: string,
  port: string,
): { target: string; remote: string } {
  if (r.servicePorts && r.servicePorts.length > 0) {
    const ports = r.servicePorts.filter(
      (p): p is Record<string, unknown> => typeof p === 'object' && p !== null,
    );
    const match = ports.find((p) => String(p.targetPort ?? p.port) === port) ?? ports[0];
    return {
      target: shellWord(`svc/${r.eventSourceName}-eventsource-svc`),
      remote: match?.port !== undefined ? String(match.port) : port,
    };
  }
  const pod = `kubectl -n ${ns} get pod -l ${shellWord(`${POD_LABEL}=${r.eventSourceName}`)} -o jsonpath='{.items[0].metadata.name}'`;
  return { target: `"$(${pod})"`, remote: port };
}

export { shellQuote } from '../../lib/shellWord';

export function reproduceCommands(r: ReproduceInput): string[] {
  const ns = shellWord(r.namespace || 'argo-events');
  const lines = [`kubectl apply -n ${ns} -f ${shellQuote(r.fileName)}`];
  const hook = httpServerConfig(r.sourceType, r.config);
  if (hook && hook.port !== undefined) {
    const port = String(hook.port);
    const endpoint = String(hook.endpoint ?? '/');
    const { target, remote } = forwardTarget(r, ns, port);
    lines.push(`kubectl -n ${ns} port-forward ${target} ${shellWord(`${port}:${remote}`)} &`);
    const headers = Object.entries(r.headers ?? {}).flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((x) => `-H ${shellQuote(`${k}: ${x}`)}`),
    );
    const method = r.method ?? String(hook.method ?? 'POST');
    lines.push(
      [
        'curl',
        '-X',
        shellWord(method),
        shellWord(
          `http://localhost:${port}${endpoint.startsWith('/') ? endpoint : `/${endpoint}`}`,
        ),
        ...headers,
        ...(r.body !== undefined && r.body !== '' ? ['-d', shellQuote(r.body)] : []),
      ].join(' '),
    );
  }
  lines.push(`kubectl -n ${ns} logs -l ${shellWord(`sensor-name=${r.sensorName}`)} -f`);
  return lines;
}
