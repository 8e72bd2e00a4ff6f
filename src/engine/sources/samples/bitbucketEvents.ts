/**
 * Bitbucket Cloud, Bitbucket Server (Data Center) and Gerrit webhook payloads, with the field names
 * their documentation gives ("Event payloads"; Gerrit's "stream-events"). Values are invented.
 */
const SHA = '9f4c2a7e1b3d5f60718293a4b5c6d7e8f9012345';
const FROM = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const BB = 'https://bitbucket.org';
const API = 'https://api.bitbucket.org/2.0';

const href = (h: string) => ({ href: h });
const account = {
  display_name: 'Alice Example',
  links: {
    self: href(`${API}/users/%7B5f4b0000-0000-4000-8000-000000000001%7D`),
    avatar: href(`${BB}/account/alice/avatar/`),
    html: href(`${BB}/%7B5f4b0000-0000-4000-8000-000000000001%7D/`),
  },
  type: 'user',
  uuid: '{5f4b0000-0000-4000-8000-000000000001}',
  account_id: '557058:00000000-0000-4000-8000-000000000001',
  nickname: 'alice',
};
const bbRepository = {
  type: 'repository',
  full_name: 'example/app',
  links: {
    self: href(`${API}/repositories/example/app`),
    html: href(`${BB}/example/app`),
    avatar: href(`${BB}/example/app/avatar/32/`),
  },
  name: 'app',
  scm: 'git',
  website: null,
  owner: {
    display_name: 'example',
    type: 'team',
    uuid: '{7c1e0000-0000-4000-8000-000000000002}',
    username: 'example',
  },
  workspace: {
    type: 'workspace',
    uuid: '{7c1e0000-0000-4000-8000-000000000002}',
    name: 'example',
    slug: 'example',
  },
  is_private: true,
  project: {
    type: 'project',
    key: 'APP',
    uuid: '{8d2f0000-0000-4000-8000-000000000003}',
    name: 'App',
  },
  uuid: '{9e3a0000-0000-4000-8000-000000000004}',
  parent: null,
};
const bbCommit = (hash: string, message: string) => ({
  type: 'commit',
  hash,
  date: '2026-03-01T09:29:41+00:00',
  author: { type: 'author', raw: 'Alice Example <alice@example.com>', user: account },
  message: `${message}\n`,
  summary: { type: 'rendered', raw: `${message}\n`, markup: 'markdown', html: `<p>${message}</p>` },
  links: {
    self: href(`${API}/repositories/example/app/commit/${hash}`),
    html: href(`${BB}/example/app/commits/${hash}`),
  },
  parents: [
    {
      hash: FROM,
      type: 'commit',
      links: { self: href(`${API}/repositories/example/app/commit/${FROM}`) },
    },
  ],
});
const bbBranch = (name: string, hash: string) => ({
  name,
  target: bbCommit(hash, 'Fix checkout total rounding'),
  links: {
    self: href(`${API}/repositories/example/app/refs/branches/${name}`),
    commits: href(`${API}/repositories/example/app/commits/${name}`),
    html: href(`${BB}/example/app/branch/${name}`),
  },
  type: 'branch',
  merge_strategies: ['merge_commit', 'squash', 'fast_forward'],
  default_merge_strategy: 'merge_commit',
});

export const BITBUCKET_EVENTS: readonly { event: string; label: string; body: unknown }[] = [
  {
    event: 'repo:push',
    label: 'repo:push to main',
    body: {
      push: {
        changes: [
          {
            old: bbBranch('main', FROM),
            new: bbBranch('main', SHA),
            truncated: false,
            created: false,
            forced: false,
            closed: false,
            links: {
              commits: href(
                `${API}/repositories/example/app/commits?include=${SHA}&exclude=${FROM}`,
              ),
              diff: href(`${API}/repositories/example/app/diff/${SHA}..${FROM}`),
              html: href(`${BB}/example/app/branches/compare/${SHA}..${FROM}`),
            },
            commits: [bbCommit(SHA, 'Fix checkout total rounding')],
          },
        ],
      },
      repository: bbRepository,
      actor: account,
    },
  },
  {
    event: 'pullrequest:created',
    label: 'pullrequest:created',
    body: {
      pullrequest: {
        comment_count: 0,
        task_count: 0,
        type: 'pullrequest',
        id: 42,
        title: 'Fix checkout total rounding',
        description: 'Rounds totals half-even.',
        rendered: {
          title: {
            type: 'rendered',
            raw: 'Fix checkout total rounding',
            markup: 'markdown',
            html: '<p>Fix checkout total rounding</p>',
          },
        },
        state: 'OPEN',
        merge_commit: null,
        close_source_branch: true,
        closed_by: null,
        author: account,
        reason: '',
        created_on: '2026-03-01T09:20:11.123456+00:00',
        updated_on: '2026-03-01T09:20:11.654321+00:00',
        destination: {
          branch: { name: 'main' },
          commit: { type: 'commit', hash: FROM.slice(0, 12) },
          repository: bbRepository,
        },
        source: {
          branch: { name: 'fix/rounding' },
          commit: { type: 'commit', hash: SHA.slice(0, 12) },
          repository: bbRepository,
        },
        reviewers: [],
        participants: [],
        links: {
          self: href(`${API}/repositories/example/app/pullrequests/42`),
          html: href(`${BB}/example/app/pull-requests/42`),
        },
        summary: {
          type: 'rendered',
          raw: 'Rounds totals half-even.',
          markup: 'markdown',
          html: '<p>Rounds totals half-even.</p>',
        },
      },
      repository: bbRepository,
      actor: account,
    },
  },
];

const selfLinks = (h: string) => ({ self: [{ href: h }] });
const serverUser = {
  name: 'alice',
  emailAddress: 'alice@example.com',
  active: true,
  displayName: 'Alice Example',
  id: 101,
  slug: 'alice',
  type: 'NORMAL',
  links: selfLinks('https://bitbucket.example.com/users/alice'),
};
const serverRepository = {
  slug: 'app',
  id: 84,
  name: 'app',
  hierarchyId: 'af05451fc6eb4bbbd3a4',
  scmId: 'git',
  state: 'AVAILABLE',
  statusMessage: 'Available',
  forkable: true,
  project: {
    key: 'APP',
    id: 7,
    name: 'App',
    public: false,
    type: 'NORMAL',
    links: selfLinks('https://bitbucket.example.com/projects/APP'),
  },
  public: false,
  links: {
    clone: [
      { href: 'ssh://git@bitbucket.example.com:7999/app/app.git', name: 'ssh' },
      { href: 'https://bitbucket.example.com/scm/app/app.git', name: 'http' },
    ],
    self: [{ href: 'https://bitbucket.example.com/projects/APP/repos/app/browse' }],
  },
};
const ref = (name: string, latest: string) => ({
  id: `refs/heads/${name}`,
  displayId: name,
  latestCommit: latest,
  type: 'BRANCH',
  repository: serverRepository,
});

export const BITBUCKET_SERVER_EVENTS: readonly { event: string; label: string; body: unknown }[] = [
  {
    event: 'repo:refs_changed',
    label: 'repo:refs_changed (two branches)',
    body: {
      eventKey: 'repo:refs_changed',
      date: '2026-03-01T09:29:58+0000',
      actor: serverUser,
      repository: serverRepository,
      changes: [
        {
          ref: { id: 'refs/heads/main', displayId: 'main', type: 'BRANCH' },
          refId: 'refs/heads/main',
          fromHash: FROM,
          toHash: SHA,
          type: 'UPDATE',
        },
        {
          ref: { id: 'refs/heads/release', displayId: 'release', type: 'BRANCH' },
          refId: 'refs/heads/release',
          fromHash: '0000000000000000000000000000000000000000',
          toHash: SHA,
          type: 'ADD',
        },
      ],
    },
  },
  {
    event: 'pr:opened',
    label: 'pr:opened',
    body: {
      eventKey: 'pr:opened',
      date: '2026-03-01T09:20:11+0000',
      actor: serverUser,
      pullRequest: {
        id: 42,
        version: 0,
        title: 'Fix checkout total rounding',
        description: 'Rounds totals half-even.',
        state: 'OPEN',
        open: true,
        closed: false,
        createdDate: 1772356811000,
        updatedDate: 1772356811000,
        fromRef: ref('fix/rounding', SHA),
        toRef: ref('main', FROM),
        locked: false,
        author: { user: serverUser, role: 'AUTHOR', approved: false, status: 'UNAPPROVED' },
        reviewers: [],
        participants: [],
        links: selfLinks('https://bitbucket.example.com/projects/APP/repos/app/pull-requests/42'),
      },
    },
  },
];

const gerritAccount = { name: 'Alice Example', email: 'alice@example.com', username: 'alice' };
const change = {
  project: 'app',
  branch: 'main',
  id: 'I8473b95934b5732ac55d26311a706c9c2bde9940',
  number: 4211,
  subject: 'Fix checkout total rounding',
  owner: gerritAccount,
  url: 'https://gerrit.example.com/c/app/+/4211',
  commitMessage:
    'Fix checkout total rounding\n\nChange-Id: I8473b95934b5732ac55d26311a706c9c2bde9940\n',
  createdOn: 1772356811,
  status: 'NEW',
  wip: false,
};
const patchSet = {
  number: 1,
  revision: SHA,
  parents: [FROM],
  ref: 'refs/changes/11/4211/1',
  uploader: gerritAccount,
  createdOn: 1772356811,
  author: gerritAccount,
  kind: 'REWORK',
  sizeInsertions: 14,
  sizeDeletions: -3,
};

export const GERRIT_EVENTS: readonly { event: string; label: string; body: unknown }[] = [
  {
    event: 'patchset-created',
    label: 'patchset-created',
    body: {
      uploader: gerritAccount,
      patchSet,
      change,
      project: { name: 'app' },
      refName: 'refs/heads/main',
      changeKey: { id: change.id },
      type: 'patchset-created',
      eventCreatedOn: 1772356811,
    },
  },
  {
    event: 'change-merged',
    label: 'change-merged',
    body: {
      submitter: gerritAccount,
      newRev: SHA,
      patchSet,
      change: { ...change, status: 'MERGED' },
      project: { name: 'app' },
      refName: 'refs/heads/main',
      changeKey: { id: change.id },
      type: 'change-merged',
      eventCreatedOn: 1772357398,
    },
  },
  {
    event: 'comment-added',
    label: 'comment-added (Code-Review +2)',
    body: {
      author: gerritAccount,
      approvals: [{ type: 'Code-Review', description: 'Code-Review', value: '2' }],
      comment: 'Patch Set 1: Code-Review+2',
      patchSet,
      change,
      project: { name: 'app' },
      refName: 'refs/heads/main',
      changeKey: { id: change.id },
      type: 'comment-added',
      eventCreatedOn: 1772357000,
    },
  },
];
