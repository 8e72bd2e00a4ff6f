import { httpServerConfig } from '../../domain/catalog/eventSourceTypes';
import { BuildError, hasSecret, header, headersOf, type BuildCtx } from './builderKit';

const MASKED_AUTH = '*** Masked Auth Secret ***';

/**
 * What every HTTP source's route does before its own handler (pkg/eventsources/common/webhook
 * webhook.go): with `authSecret`, a request without `Authorization: Bearer …` gets 401; then any
 * Authorization header is replaced by a mask, so the token never reaches the event. Returns the
 * headers as the handler sees them.
 */
export function routeHeaders(ctx: BuildCtx): Record<string, string[]> {
  const headers = headersOf(ctx);
  const server = httpServerConfig(ctx.sourceType, ctx.cfg) ?? {};
  const auth = header(headers, 'Authorization');
  if (hasSecret(server.authSecret)) {
    if (!auth.startsWith('Bearer '))
      throw new BuildError(
        'the request has no "Authorization: Bearer …" header: the source answers 401 Invalid Authorization Header',
      );
    ctx.notes.push(
      'authSecret: the bearer token is not compared (the Secret value is not part of the design); a wrong token gets 401 "Invalid Auth token" on a cluster',
    );
  }
  if (auth !== '') headers.Authorization = [MASKED_AUTH];
  return headers;
}
