import type { ParsedDocument, ParsedFile } from '../yaml/parseManifests';
import { ARGO_API_GROUP, isArgoKind } from './design';

/** True for a document shaped like a Kubernetes object: a mapping with `apiVersion` and `kind`. */
export function isKubernetesObject(doc: ParsedDocument): boolean {
  return doc.apiVersion !== null && doc.kind !== null;
}

/** Other argoproj.io kinds that legitimately travel with Argo Events manifests. */
export const COMPANION_KINDS: ReadonlySet<string> = new Set([
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

/**
 * True for a document that is, or is meant to be, an Argo Events resource, so validation reports
 * what is wrong with it instead of skipping it: `kind: EventSource|Sensor|EventBus` (with or
 * without the right apiVersion), or any `argoproj.io` apiVersion with a kind that is not another
 * Argo project's (a misspelt `Sensr`) or with no kind at all.
 */
export function isArgoEventsCandidate(doc: ParsedDocument): boolean {
  if (isArgoKind(doc.kind)) return true;
  return (
    doc.apiVersion !== null &&
    doc.apiVersion.startsWith(`${ARGO_API_GROUP}/`) &&
    (doc.kind === null || !COMPANION_KINDS.has(doc.kind))
  );
}

/**
 * What a file is, for deciding whether to check it:
 * - `template`: Helm/Go template syntax; render it first;
 * - `manifests`: at least one Kubernetes object or Argo Events candidate (or unreadable YAML that
 *   looks like one);
 * - `not-kubernetes`: YAML or JSON of another kind (a GitHub workflow, Helm values, docker-compose,
 *   OpenAPI, package.json), or unreadable text with no `apiVersion`/`kind` key in sight;
 * - `empty`: no document with content.
 */
export type FileShape = 'template' | 'manifests' | 'not-kubernetes' | 'empty';

export function fileShape(file: ParsedFile): FileShape {
  if (file.template) return 'template';
  if (file.problems.length > 0) return 'manifests';
  const docs = file.documents.filter((d) => d.problems.length > 0 || d.value !== null);
  if (docs.length === 0) return 'empty';
  if (docs.some((d) => isKubernetesObject(d) || isArgoEventsCandidate(d))) return 'manifests';
  const unreadable = docs.filter((d) => d.problems.length > 0);
  if (unreadable.some((d) => LOOKS_KUBERNETES.test(d.astText))) return 'manifests';
  return 'not-kubernetes';
}

/** A top-level-looking `apiVersion:` or `kind:` key, quoted (JSON) or not. */
const LOOKS_KUBERNETES = /^[ \t]*["']?(?:apiVersion|kind)["']?[ \t]*:/m;
