import { isPlainObject } from '../../../lib/deepEqual';
import { ARGO_API_GROUP, ARGO_KINDS } from '../../design/design';
import { rangeOfPath } from '../../yaml/sourceRanges';
import type { Diagnostic } from '../diagnostic';
import type { Rule } from '../ruleKit';

/** Other argoproj.io kinds that legitimately travel with Argo Events manifests. */
const COMPANION_KINDS = new Set([
  'Workflow',
  'WorkflowTemplate',
  'ClusterWorkflowTemplate',
  'CronWorkflow',
  'WorkflowEventBinding',
  'WorkflowTaskSet',
  'WorkflowArtifactGCTask',
  'Rollout',
  'AnalysisTemplate',
  'ClusterAnalysisTemplate',
  'AnalysisRun',
  'Experiment',
  'Application',
  'ApplicationSet',
  'AppProject',
]);

/** What the API server accepts as metadata.name (RFC 1123 subdomain) and as a namespace (RFC 1123 label). */
const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Every document must be a Kubernetes object (apiVersion + kind + metadata.name). Non-Argo
 * documents (RBAC, ConfigMaps…) are kept as they are; an argoproj.io kind we do not know is almost
 * always a typo of EventSource/Sensor/EventBus and is an error.
 */
export const documentKinds: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.files.forEach((f) => {
    for (const doc of f.parsed.documents) {
      if (doc.problems.length > 0 || !isPlainObject(doc.value)) continue;
      const report = (
        code: string,
        message: string,
        path: (string | number)[],
        severity: Diagnostic['severity'] = 'error',
      ) =>
        out.push({
          code,
          severity,
          message,
          file: f.path,
          documentIndex: doc.index,
          resource: doc.kind
            ? { kind: doc.kind, name: doc.name ?? '', namespace: doc.namespace }
            : null,
          path,
          range: rangeOfPath(f.parsed, doc, path, 'key'),
        });
      if (!doc.kind || !doc.apiVersion) {
        report(
          'resource.not-kubernetes',
          `this document has no ${!doc.kind ? 'kind' : 'apiVersion'}, so it is not a Kubernetes object`,
          [],
          'error',
        );
        continue;
      }
      const ours = (ARGO_KINDS as readonly string[]).includes(doc.kind);
      const argoGroup = doc.apiVersion.startsWith(`${ARGO_API_GROUP}/`);
      if (argoGroup && !ours && !COMPANION_KINDS.has(doc.kind)) {
        const guess = closest(doc.kind, ARGO_KINDS);
        report(
          'resource.unknown-kind',
          `unknown kind ${JSON.stringify(doc.kind)} for ${doc.apiVersion}${guess ? `; did you mean ${guess}?` : ''}`,
          ['kind'],
        );
      } else if (ours && !argoGroup) {
        report(
          'resource.wrong-api-version',
          `${doc.kind} belongs to apiVersion argoproj.io/v1alpha1 (got ${JSON.stringify(doc.apiVersion)})`,
          ['apiVersion'],
        );
      } else if (ours && !doc.name) {
        report('resource.missing-name', `${doc.kind} needs metadata.name`, ['metadata']);
      } else if (ours && doc.name && !DNS_SUBDOMAIN.test(doc.name)) {
        report(
          'resource.invalid-name',
          `${JSON.stringify(doc.name.slice(0, 80))} is not a name Kubernetes accepts: lowercase letters, digits, - and ., starting and ending with a letter or digit, at most 253 characters`,
          ['metadata', 'name'],
        );
      }
      if (ours && doc.namespace && !DNS_LABEL.test(doc.namespace)) {
        report(
          'resource.invalid-namespace',
          `${JSON.stringify(doc.namespace.slice(0, 80))} is not a namespace name: lowercase letters, digits and -, starting and ending with a letter or digit, at most 63 characters`,
          ['metadata', 'namespace'],
        );
      }
    }
  });
  return out;
};

function closest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = o;
    }
  }
  return bestDistance <= 3 ? best : null;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
