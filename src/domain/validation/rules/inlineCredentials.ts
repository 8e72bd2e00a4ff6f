import { diag, obj, type Rule, type RuleContext } from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';
import type { ManifestEntry } from '../../design/design';

/** Field names that hold secrets in Argo Events specs; their values must be Secret references. */
const SECRET_FIELD =
  /^(password|token|secret|accessKey|secretKey|apiKey|apiToken|accessToken|authToken|slackToken|smtpPassword|sharedAccessKey|connectionString|credential|credentialSecret|webhookSecret|signingSecret|secretToken|oauthToken|clientSecret|privateKey)$/i;
/** Header names whose value is a credential. */
const SECRET_HEADER = /^(authorization|proxy-authorization|x-api-key|api-key|x-auth-token)$/i;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

/**
 * Credentials belong in Kubernetes Secrets, referenced by `{name, key}`; a literal string in a
 * manifest ends up in Git. Flags secret-named fields holding a string, credential headers written
 * inline (use secureHeaders), and URLs with an embedded password. These work, insecurely: warnings.
 * Where the field is a Secret reference upstream, the controller cannot read a string there at all;
 * validateDesign then raises this finding to the schema's error.
 */
export const inlineCredentials: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const m of ctx.manifests) {
    const spec = m.value.spec;
    if (spec !== undefined) walk(ctx, m, spec, ['spec'], out);
  }
  return out;
};

function walk(
  ctx: RuleContext,
  m: ManifestEntry,
  value: unknown,
  path: ValuePath,
  out: Diagnostic[],
): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(ctx, m, v, [...path, i], out));
    return;
  }
  const o = obj(value);
  if (!o) {
    if (typeof value === 'string' && URL_WITH_PASSWORD.test(value)) {
      out.push(
        diag(
          ctx,
          m,
          'security.inline-credential',
          'warning',
          'this URL embeds a password; move the credential to a Secret and reference it',
          path,
        ),
      );
    }
    return;
  }
  // Inline trigger resources (a Workflow, a Pod…) are the user's own objects, not Argo Events fields.
  if (path.at(-1) === 'resource' && path.at(-2) === 'source') return;
  for (const [key, v] of Object.entries(o)) {
    const p = [...path, key];
    if (typeof v === 'string' && v !== '' && SECRET_FIELD.test(key)) {
      out.push(
        diag(
          ctx,
          m,
          'security.inline-credential',
          'warning',
          `${key} holds a literal value; credentials must come from a Kubernetes Secret: ${key}: {name: <secret>, key: <key>}`,
          p,
        ),
      );
    } else if (key === 'headers' && obj(v)) {
      for (const [h, hv] of Object.entries(obj(v) ?? {})) {
        if (typeof hv === 'string' && SECRET_HEADER.test(h)) {
          out.push(
            diag(
              ctx,
              m,
              'security.inline-credential',
              'warning',
              `header ${h} holds a literal credential; use secureHeaders with a Secret reference instead`,
              [...p, h],
            ),
          );
        }
      }
    } else {
      walk(ctx, m, v, p, out);
    }
  }
}
