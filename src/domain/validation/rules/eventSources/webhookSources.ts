import { list, obj, present, quote } from '../../ruleKit';
import { checkTls, checkWebhookContext } from './connectionChecks';
import type { FieldCheck } from '../../fieldCheck';

/**
 * Sources that receive HTTP requests: each mirrors `pkg/eventsources/sources/<type>/validate.go`
 * (the controller runs it, and the pod again at start-up).
 */
export const WEBHOOK_SOURCE_RULES: Readonly<Record<string, (e: FieldCheck) => void>> = {
  // webhook/validate.go: the settings are the webhook context itself.
  webhook: (e) => checkWebhookContext(e, ''),

  // github/validate.go, with GetOwnedRepositories and NeedToCreateHooks (eventsource_types.go).
  github: (e) => {
    const repos =
      list(e.value('repositories')).length > 0 || (e.filled('owner') && e.filled('repository'));
    const orgs = e.has('organizations');
    if (!repos && !orgs) e.need('repositories or organizations');
    if (repos && orgs)
      e.conflict(
        'set repositories or organizations, not both: the controller accepts only one',
        'organizations',
      );
    const credentials = e.has('apiToken') || present(obj(e.value('githubApp'))?.privateKey);
    if (credentials && e.filled('webhook.url') && !e.filled('events'))
      e.need(
        'events',
        'it creates the GitHub webhook (apiToken or githubApp and webhook.url are set), which must list its events',
      );
    const contentType = e.str('contentType');
    if (contentType !== '' && contentType !== 'json' && contentType !== 'form')
      e.invalid('contentType', `contentType must be "json" or "form" (got ${quote(contentType)})`);
    if (e.filled('githubBaseURL') !== e.filled('githubUploadURL'))
      e.need(
        e.filled('githubBaseURL') ? 'githubUploadURL' : 'githubBaseURL',
        'githubBaseURL and githubUploadURL (GitHub Enterprise) are set together',
      );
    checkWebhookContext(e, 'webhook');
  },

  // gitlab/validate.go
  gitlab: (e) => {
    if (!e.has('events')) e.need('events');
    e.needAll('gitlabBaseURL');
    if (!e.has('accessToken')) e.need('accessToken', 'a Secret reference to the API token');
    checkWebhookContext(e, 'webhook');
  },

  // bitbucket/validate.go; HasBitbucketBasicAuth dereferences auth, so the controller fails without it.
  bitbucket: (e) => {
    const auth = obj(e.value('auth'));
    if (!auth)
      e.need(
        'auth (basic or oauthToken)',
        'the controller cannot read a bitbucket event without it',
      );
    const repos =
      list(e.value('repositories')).length > 0 || (e.filled('owner') && e.filled('repositorySlug'));
    if (!repos) e.need('repositories', 'at least one repository');
    const basic = obj(auth?.basic);
    const credentials =
      (basic && present(basic.username) && present(basic.password)) || present(auth?.oauthToken);
    if (credentials && e.filled('webhook.url') && !e.filled('events'))
      e.need('events', 'it creates the Bitbucket webhook, which must list its events');
    checkWebhookContext(e, 'webhook');
  },

  // bitbucketserver/validate.go, ShouldCreateWebhooks.
  bitbucketserver: (e) => {
    const repos =
      list(e.value('repositories')).length > 0 ||
      (e.filled('projectKey') && e.filled('repositorySlug')) ||
      list(e.value('projects')).length > 0;
    if (e.has('accessToken') && e.filled('webhook.url') && repos && !e.filled('events'))
      e.need('events', 'it creates the Bitbucket Server webhook, which must list its events');
    e.needAll('bitbucketserverBaseURL');
    e.goDuration('checkInterval');
    checkTls(e);
    checkWebhookContext(e, 'webhook');
  },

  // gerrit/validate.go (hookName is not required).
  gerrit: (e) => {
    if (!e.filled('projects')) e.need('projects', 'at least one project');
    if (!e.has('events')) e.need('events');
    e.needAll('gerritBaseURL');
    if (!e.has('auth')) e.need('auth', 'username and password Secret references');
    checkWebhookContext(e, 'webhook');
  },

  // slack/validate.go
  slack: (e) => {
    if (!e.has('token')) e.need('token', 'a Secret reference to the Slack token');
    if (!e.has('signingSecret'))
      e.need('signingSecret', 'a Secret reference to the signing secret');
    checkWebhookContext(e, 'webhook');
  },

  // awssns/validate.go
  sns: (e) => {
    e.needAll('topicArn', 'region');
    checkWebhookContext(e, 'webhook');
  },

  // stripe/validate.go
  stripe: (e) => {
    if (e.value('createWebhook') === true && !e.has('apiKey'))
      e.need('apiKey', 'createWebhook: true registers the webhook with the Stripe API key');
    checkWebhookContext(e, 'webhook');
  },

  // storagegrid/validate.go
  storageGrid: (e) => {
    e.needAll('topicArn', 'apiURL');
    if (!e.has('authToken')) e.need('authToken', 'a Secret reference to the API auth token');
    e.needAll('bucket');
    if (!e.has('events')) e.need('events');
    checkWebhookContext(e, 'webhook');
  },
};
