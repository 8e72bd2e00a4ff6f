import type { ParsedDesignFile } from '../design/design';
import { fileShape } from '../design/documentShape';
import { toSourceRange } from '../yaml/sourceRanges';
import type { Diagnostic } from './diagnostic';

/**
 * What is said about a file as a whole, before its resources are checked: a template gets one
 * message at its first template action (not a cascade about `{{ … }}` read as YAML), a file that
 * is not Kubernetes YAML (a GitHub workflow, Helm values, docker-compose, package.json) one `info`
 * saying it was skipped, and any other file its YAML problems.
 */
export function fileDiagnostics(f: ParsedDesignFile): Diagnostic[] {
  const base = { file: f.path, documentIndex: null, resource: null, path: [] };
  const template = f.parsed.template;
  switch (fileShape(f.parsed)) {
    case 'template':
      return template
        ? [
            {
              ...base,
              code: 'yaml.template',
              severity: 'warning',
              message: `this is a template (${template.snippet}): render it first, e.g. \`helm template … | eventflow validate -\`; it was not checked`,
              range: toSourceRange(f.parsed, template.offset, template.end),
            },
          ]
        : [];
    case 'not-kubernetes': {
      const unreadable = f.parsed.documents.some((d) => d.problems.length > 0);
      const first = f.parsed.documents.find((d) => d.value !== null || d.problems.length > 0);
      const start = first ? first.astOffset + (first.ast?.contents?.range?.[0] ?? 0) : 0;
      return [
        {
          ...base,
          code: 'file.not-kubernetes',
          severity: 'info',
          message: unreadable
            ? 'not a Kubernetes manifest (no apiVersion and kind, and not readable as YAML), so it was skipped'
            : 'not a Kubernetes manifest (no apiVersion and kind), so it was skipped',
          range: toSourceRange(f.parsed, start, start),
        },
      ];
    }
    default:
      return [
        ...f.parsed.problems.map((p) => ({ p, index: null })),
        ...f.parsed.documents.flatMap((d) => d.problems.map((p) => ({ p, index: d.index }))),
      ].map(({ p, index }) => ({
        ...base,
        code: p.code,
        severity: 'error' as const,
        message: p.message,
        documentIndex: index,
        range: toSourceRange(f.parsed, p.offset, p.endOffset),
      }));
  }
}
