import { isPlainObject } from '../../../lib/deepEqual';
import { ARGO_API_GROUP, ARGO_KINDS, isArgoKind } from '../../design/design';
import {
  COMPANION_KINDS,
  fileShape,
  isArgoEventsCandidate,
  isKubernetesObject,
} from '../../design/documentShape';
import { rangeOfPath } from '../../yaml/sourceRanges';
import type { Diagnostic } from '../diagnostic';
import type { Rule } from '../ruleKit';

/** What the API server accepts as metadata.name (RFC 1123 subdomain) and as a namespace (RFC 1123 label). */
const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * Only Kubernetes objects are Argo Events candidates. In a file of manifests, documents that are not
 * Kubernetes objects are skipped with one `info` (whole files of other YAML, such as workflows or
 * Helm values, are reported by validateDesign). A document meant as an Argo Events resource must be
 * one the API server takes: apiVersion and kind, a known argoproj.io kind (almost always a typo of
 * EventSource/Sensor/EventBus), and a valid name and namespace.
 */
export const documentKinds: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  ctx.files.forEach((f) => {
    if (fileShape(f.parsed) !== 'manifests') return;
    const skipped: number[] = [];
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
      if (!isKubernetesObject(doc)) {
        if (isArgoEventsCandidate(doc))
          report(
            'resource.not-kubernetes',
            doc.kind
              ? `this ${doc.kind} has no apiVersion; the API server needs apiVersion: ${ARGO_API_GROUP}/v1alpha1`
              : `this ${doc.apiVersion} document has no kind; the API server needs one (EventSource, Sensor or EventBus)`,
            [],
          );
        else skipped.push(doc.index);
        continue;
      }
      const kind = doc.kind ?? '';
      const apiVersion = doc.apiVersion ?? '';
      const ours = isArgoKind(kind);
      const argoGroup = apiVersion.startsWith(`${ARGO_API_GROUP}/`);
      if (argoGroup && !ours && !COMPANION_KINDS.has(kind)) {
        const guess = closest(kind, ARGO_KINDS);
        report(
          'resource.unknown-kind',
          `unknown kind ${JSON.stringify(kind)} for ${apiVersion}${guess ? `; did you mean ${guess}?` : ''}`,
          ['kind'],
        );
      } else if (ours && !argoGroup) {
        report(
          'resource.wrong-api-version',
          `${kind} belongs to apiVersion argoproj.io/v1alpha1 (got ${JSON.stringify(apiVersion)})`,
          ['apiVersion'],
        );
      } else if (ours && !doc.name) {
        report('resource.missing-name', `${kind} needs metadata.name`, ['metadata']);
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
    const first = f.parsed.documents[skipped[0] ?? -1];
    if (first) {
      out.push({
        code: 'file.not-kubernetes',
        severity: 'info',
        message:
          skipped.length === 1
            ? 'this document is not a Kubernetes object (no apiVersion and kind), so it was skipped'
            : `${skipped.length} documents of this file are not Kubernetes objects (no apiVersion and kind), so they were skipped`,
        file: f.path,
        documentIndex: first.index,
        resource: null,
        path: [],
        range: rangeOfPath(f.parsed, first, [], 'key'),
      });
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
