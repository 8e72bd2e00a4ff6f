import { httpServerConfig } from '../../catalog/eventSourceTypes';
import { shellWord } from '../../../lib/shellWord';
import { diag, list, obj, quote, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * The training module's "common mistakes" that the other rules do not already cover: a GitHub push
 * dependency with no branch filter, a webhook nothing outside can reach, and a Secret that lives in
 * another namespace than the EventSource reading it.
 */
export const commonMistakes: Rule = (ctx) => [
  ...githubBranchFilter(ctx),
  ...webhookExposure(ctx),
  ...secretNamespaces(ctx),
];

const githubBranchFilter: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const sources = ctx.manifests.filter((m) => m.kind === 'EventSource');
  for (const s of ctx.manifests.filter((m) => m.kind === 'Sensor')) {
    const deps = list(obj(s.value.spec)?.dependencies);
    deps.forEach((raw, i) => {
      const dep = obj(raw);
      if (!dep) return;
      const source = sources.find(
        (e) => e.name === dep.eventSourceName && e.namespace === s.namespace,
      );
      const event = obj(obj(obj(source?.value.spec)?.github)?.[String(dep.eventName)]);
      const events = Array.isArray(event?.events) ? event.events.map(String) : [];
      if (!event || !(events.includes('push') || events.includes('*'))) return;
      const filters = obj(dep.filters) ?? {};
      const mentionsRef = JSON.stringify([
        filters.data ?? [],
        filters.exprs ?? [],
        filters.script ?? '',
      ]).includes('body.ref');
      if (mentionsRef) return;
      const d = diag(
        ctx,
        s,
        'sensor.dependency.github-no-branch-filter',
        'info',
        `dependency ${quote(String(dep.name))} fires on a push to any branch; add a data filter on body.ref (e.g. ^refs/heads/main$)`,
        ['spec', 'dependencies', i, 'name'],
      );
      const data = Array.isArray(filters.data) ? filters.data : [];
      d.fix = {
        title: 'Only pushes to main',
        kind: 'set',
        resource: { kind: 'Sensor', name: s.name, namespace: s.namespace },
        path: ['spec', 'dependencies', i, 'filters'],
        value: {
          ...filters,
          data: [...data, { path: 'body.ref', type: 'string', value: ['^refs/heads/main$'] }],
        },
      };
      out.push(d);
    });
  }
  return out;
};

const webhookExposure: Rule = (ctx) => {
  const exposers = ctx.files.flatMap((f) =>
    f.parsed.documents.filter(
      (d) =>
        d.kind === 'Service' ||
        d.kind === 'Ingress' ||
        d.kind === 'Route' ||
        d.kind === 'HTTPRoute',
    ),
  );
  const out: Diagnostic[] = [];
  for (const m of ctx.manifests.filter((x) => x.kind === 'EventSource')) {
    const spec = obj(m.value.spec) ?? {};
    if (spec.service !== undefined || exposers.length > 0) continue;
    const type = Object.keys(spec).find(
      (t) =>
        httpServerConfig(t, {}) !== null && obj(spec[t]) && Object.keys(obj(spec[t])!).length > 0,
    );
    if (!type) continue;
    const hook = httpServerConfig(type, Object.values(obj(spec[type])!)[0]) ?? {};
    const port = String(hook.port ?? '12000');
    const ns = shellWord(m.namespace ?? 'argo-events');
    const d = diag(
      ctx,
      m,
      'eventsource.webhook.not-exposed',
      'info',
      `nothing outside the cluster can reach ${quote(m.name)}: add spec.service (and an Ingress or Route), or test with kubectl -n ${ns} port-forward $(kubectl -n ${ns} get pod -l ${shellWord(`eventsource-name=${m.name}`)} -o name) ${shellWord(`${port}:${port}`)}`,
      ['spec', type],
      'key',
    );
    d.fix = {
      title: `Add a Service on port ${port}`,
      kind: 'set',
      resource: { kind: 'EventSource', name: m.name, namespace: m.namespace },
      path: ['spec', 'service'],
      value: { ports: [{ port: Number(port), targetPort: Number(port) }] },
    };
    out.push(d);
  }
  return out;
};

const secretNamespaces: Rule = (ctx) => {
  const secrets = ctx.files.flatMap((f) =>
    f.parsed.documents.filter((d) => d.kind === 'Secret' && d.name),
  );
  if (secrets.length === 0) return [];
  const out: Diagnostic[] = [];
  for (const m of ctx.manifests.filter((x) => x.kind === 'EventSource')) {
    const ns = m.namespace ?? '';
    for (const { path, name } of secretRefs(m.value.spec, ['spec'])) {
      const same = secrets.some((s) => s.name === name && (s.namespace ?? '') === ns);
      const elsewhere = secrets.find((s) => s.name === name && (s.namespace ?? '') !== ns);
      if (same || !elsewhere) continue;
      out.push(
        diag(
          ctx,
          m,
          'eventsource.secret.other-namespace',
          'warning',
          `Secret ${quote(name)} is in namespace ${quote(elsewhere.namespace ?? '(none)')}, but EventSource ${quote(m.name)} is in ${quote(ns || '(none)')}: Secrets are read from the EventSource's own namespace`,
          path,
        ),
      );
    }
  }
  return out;
};

/** Every `{name, key}` Secret reference inside a value, with its path. */
function secretRefs(
  value: unknown,
  path: (string | number)[],
): { path: (string | number)[]; name: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretRefs(v, [...path, i]));
  const o = obj(value);
  if (!o) return [];
  if (
    typeof o.name === 'string' &&
    typeof o.key === 'string' &&
    Object.keys(o).every((k) => k === 'name' || k === 'key' || k === 'optional')
  )
    return [{ path, name: o.name }];
  return Object.entries(o).flatMap(([k, v]) => secretRefs(v, [...path, k]));
}
