import { httpServerConfig } from '../../domain/catalog/eventSourceTypes';
import { shellQuote, shellWord } from '../../lib/shellWord';
/**
 * Shell commands that send the same event to the real EventSource on a cluster: apply, port-forward
 * to the EventSource's Service, curl the endpoint, and read the sensor's logs. Only for sources that
 * receive HTTP (webhook and the Git/SaaS webhooks); others get the apply and logs commands.
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
}

export { shellQuote } from '../../lib/shellWord';

export function reproduceCommands(r: ReproduceInput): string[] {
  const ns = shellWord(r.namespace || 'argo-events');
  const lines = [`kubectl apply -n ${ns} -f ${shellQuote(r.fileName)}`];
  const hook = httpServerConfig(r.sourceType, r.config);
  if (hook && hook.port !== undefined) {
    const port = String(hook.port);
    const endpoint = String(hook.endpoint ?? '/');
    lines.push(
      `kubectl -n ${ns} port-forward ${shellWord(`svc/${r.eventSourceName}-eventsource-svc`)} ${shellWord(`${port}:${port}`)} &`,
    );
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
