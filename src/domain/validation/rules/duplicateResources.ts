import { diag, quote, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/** Two resources with the same kind, namespace and name: applying the design keeps only the last one. */
export const duplicateResources: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const m of ctx.manifests) {
    const key = `${m.kind}|${m.namespace ?? ''}|${m.name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(
        diag(
          ctx,
          m,
          'resource.duplicate',
          'warning',
          `another ${m.kind} named ${quote(m.name)} is defined in ${first}; applying both keeps only the last one`,
          ['metadata', 'name'],
        ),
      );
    } else {
      seen.set(key, m.file);
    }
  }
  return out;
};
