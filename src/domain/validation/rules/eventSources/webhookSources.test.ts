import { describe } from 'vitest';
import {
  HOOK,
  SECRET,
  itAcceptsAndRejects,
  type EventSourceCase,
} from '../../../../test/eventSourceCases';

/** Each row is one rule of pkg/eventsources/sources/<type>/validate.go (or start.go at start-up). */
const CASES: EventSourceCase[] = [
  // pkg/eventsources/common/webhook/validate.go ValidateWebhookContext (via webhook/validate.go)
  [
    'webhook/validate.go endpoint',
    'webhook',
    { ...HOOK, method: 'POST' },
    { port: '12000', method: 'POST' },
    ['error eventsource.missing-field'],
  ],
  [
    'webhook/validate.go port',
    'webhook',
    { ...HOOK, method: 'POST' },
    { endpoint: '/x', method: 'POST' },
    ['error eventsource.missing-field'],
  ],
  [
    'webhook/validate.go Atoi(port)',
    'webhook',
    { ...HOOK, method: 'POST' },
    { ...HOOK, port: 'http', method: 'POST' },
    ['error eventsource.webhook.invalid-port'],
  ],
  [
    'webhook listen: port range',
    'webhook',
    { ...HOOK, port: '65535', method: 'POST' },
    { ...HOOK, port: '70000', method: 'POST' },
    ['error eventsource.webhook.invalid-port'],
  ],
  [
    'webhook/start.go GetBody: GET and POST only',
    'webhook',
    { ...HOOK, method: 'GET' },
    { ...HOOK, method: 'PUT' },
    ['warning eventsource.webhook.unsupported-method'],
  ],
  [
    'webhook/start.go method match is case-sensitive',
    'webhook',
    { ...HOOK, method: 'POST' },
    { ...HOOK, method: 'post' },
    ['warning eventsource.webhook.unsupported-method'],
  ],
  // github/validate.go
  [
    'github/validate.go repositories or organizations',
    'github',
    { repositories: [{ owner: 'o', names: ['r'] }], webhook: HOOK },
    { webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go deprecated owner/repository',
    'github',
    { owner: 'o', repository: 'r', webhook: HOOK },
    { owner: 'o', webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go not both',
    'github',
    { organizations: ['o'], webhook: HOOK },
    { organizations: ['o'], repositories: [{ owner: 'o', names: ['r'] }], webhook: HOOK },
    ['error eventsource.conflicting-fields'],
  ],
  [
    'github/validate.go events to create hooks',
    'github',
    {
      organizations: ['o'],
      apiToken: SECRET,
      webhook: { ...HOOK, url: 'https://x' },
      events: ['push'],
    },
    { organizations: ['o'], apiToken: SECRET, webhook: { ...HOOK, url: 'https://x' } },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go contentType',
    'github',
    { organizations: ['o'], contentType: 'form', webhook: HOOK },
    { organizations: ['o'], contentType: 'xml', webhook: HOOK },
    ['error eventsource.invalid-value'],
  ],
  [
    'github/validate.go base and upload URL',
    'github',
    {
      organizations: ['o'],
      githubBaseURL: 'https://g/',
      githubUploadURL: 'https://g/up/',
      webhook: HOOK,
    },
    { organizations: ['o'], githubBaseURL: 'https://g/', webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  [
    'github/validate.go webhook context',
    'github',
    { organizations: ['o'], webhook: HOOK },
    { organizations: ['o'] },
    ['error eventsource.missing-field'],
  ],
  // gitlab/validate.go
  [
    'gitlab/validate.go',
    'gitlab',
    { events: [], gitlabBaseURL: 'https://g', accessToken: SECRET, webhook: HOOK },
    { gitlabBaseURL: 'https://g', webhook: HOOK },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  // bitbucket/validate.go
  [
    'bitbucket/validate.go repositories',
    'bitbucket',
    {
      auth: { oauthToken: SECRET },
      repositories: [{ owner: 'o', repositorySlug: 'r' }],
      webhook: HOOK,
    },
    { auth: { oauthToken: SECRET }, webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucket/validate.go events to create hooks',
    'bitbucket',
    {
      auth: { oauthToken: SECRET },
      owner: 'o',
      repositorySlug: 'r',
      events: ['repo:push'],
      webhook: { ...HOOK, url: 'https://x' },
    },
    {
      auth: { oauthToken: SECRET },
      owner: 'o',
      repositorySlug: 'r',
      webhook: { ...HOOK, url: 'https://x' },
    },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucket HasBitbucketBasicAuth needs auth',
    'bitbucket',
    {
      auth: { basic: { username: SECRET, password: SECRET } },
      owner: 'o',
      repositorySlug: 'r',
      webhook: HOOK,
    },
    { owner: 'o', repositorySlug: 'r', webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  // bitbucketserver/validate.go
  [
    'bitbucketserver/validate.go base URL',
    'bitbucketserver',
    { bitbucketserverBaseURL: 'https://b/rest', webhook: HOOK },
    { webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  [
    'bitbucketserver/validate.go checkInterval',
    'bitbucketserver',
    { bitbucketserverBaseURL: 'https://b', checkInterval: '1h', webhook: HOOK },
    { bitbucketserverBaseURL: 'https://b', checkInterval: '1 hour', webhook: HOOK },
    ['error eventsource.invalid-duration'],
  ],
  [
    'bitbucketserver/validate.go events to create hooks',
    'bitbucketserver',
    {
      bitbucketserverBaseURL: 'https://b',
      accessToken: SECRET,
      projects: ['p'],
      events: ['repo:refs_changed'],
      webhook: { ...HOOK, url: 'https://x' },
    },
    {
      bitbucketserverBaseURL: 'https://b',
      accessToken: SECRET,
      projects: ['p'],
      webhook: { ...HOOK, url: 'https://x' },
    },
    ['error eventsource.missing-field'],
  ],
  // gerrit/validate.go (hookName is not required)
  [
    'gerrit/validate.go',
    'gerrit',
    {
      projects: ['p'],
      events: ['patchset-created'],
      gerritBaseURL: 'https://g',
      auth: { username: SECRET, password: SECRET },
      webhook: HOOK,
    },
    { projects: [], events: ['patchset-created'], gerritBaseURL: 'https://g', webhook: HOOK },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
  // slack/validate.go
  [
    'slack/validate.go',
    'slack',
    { token: SECRET, signingSecret: SECRET, webhook: HOOK },
    {},
    [
      'error eventsource.missing-field',
      'error eventsource.missing-field',
      'error eventsource.missing-field',
    ],
  ],
  // awssns/validate.go
  [
    'awssns/validate.go webhook',
    'sns',
    { topicArn: 'arn', region: 'us-east-1', webhook: HOOK },
    { topicArn: 'arn', region: 'us-east-1' },
    ['error eventsource.missing-field'],
  ],
  // stripe/validate.go
  [
    'stripe/validate.go apiKey',
    'stripe',
    { createWebhook: true, apiKey: SECRET, webhook: HOOK },
    { createWebhook: true, webhook: HOOK },
    ['error eventsource.missing-field'],
  ],
  // storagegrid/validate.go
  [
    'storagegrid/validate.go',
    'storageGrid',
    {
      topicArn: 'a',
      apiURL: 'https://s',
      authToken: SECRET,
      bucket: 'b',
      events: [],
      webhook: HOOK,
    },
    { topicArn: 'a', apiURL: 'https://s', bucket: 'b', webhook: HOOK },
    ['error eventsource.missing-field', 'error eventsource.missing-field'],
  ],
];

describe('Sources that receive HTTP requests (webhook/validate.go, github/validate.go, …)', () => {
  itAcceptsAndRejects(CASES);
});
