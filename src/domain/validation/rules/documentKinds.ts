import { isPlainObject } from '../../../lib/deepEqual';
import { ARGO_API_GROUP, ARGO_KINDS } from '../../design/design';
import { rangeOfPath } from '../../yaml/sourceRanges';
import type { Diagnostic } from '../diagnostic';
import type { Rule } from '../ruleKit';

/** Other argoproj.io kinds that legitimately travel with Argo Events manifests. */
const COMPANION_KINDS = new Set([
  'Workflow', 'WorkflowTemplate', 'ClusterWorkflowTemplate', 'CronWorkflow', 'WorkflowEventBinding',
  'WorkflowTaskSet', 'WorkflowArtifactGCTask', 'Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate',
  'AnalysisRun', 'Experiment', 'Application', 'ApplicationSet', 'AppProject',
]);

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
      const report = (code: string, message: string, path: (string | number)[], severity: Diagnostic['severity'] = 'error') =>
        out.push({
          code,
          severity,
          message,
          file: f.path,
          documentIndex: doc.index,
          resource: doc.kind ? { kind: doc.kind, name: doc.name ?? '', namespace: doc.namespace } : null,
          path,
          range: rangeOfPath(f.parsed, doc, path, 'key'),
        });
      if (!doc.kind || !doc.apiVersion) {
        report('resource.not-kubernetes', `this document has no ${!doc.kind ? 'kind' : 'apiVersion'}, so it is not a Kubernetes object`, [], 'error');
        continue;
      }
      const ours = (ARGO_KINDS as readonly string[]).includes(doc.kind);
      const argoGroup = doc.apiVersion.startsWith(`${ARGO_API_GROUP}/`);
      if (argoGroup && !ours && !COMPANION_KINDS.has(doc.kind)) {
        const guess = closest(doc.kind, ARGO_KINDS);
        report('resource.unknown-kind', `unknown kind ${JSON.stringify(doc.kind)} for ${doc.apiVersion}${guess ? `; did you mean ${guess}?` : ''}`, ['kind']);
      } else if (ours && !argoGroup) {
        report('resource.wrong-api-version', `${doc.kind} belongs to apiVersion argoproj.io/v1alpha1 (got ${JSON.stringify(doc.apiVersion)})`, ['apiVersion']);
      } else if (ours && !doc.name) {
        report('resource.missing-name', `${doc.kind} needs metadata.name`, ['metadata']);
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
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
