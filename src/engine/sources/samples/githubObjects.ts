/**
 * GitHub webhook objects with the fields GitHub documents for them (docs.github.com, "Webhook
 * events and payloads"): users, repositories, commits. Values are invented; names are GitHub's.
 */

export const SHA = '9f4c2a7e1b3d5f60718293a4b5c6d7e8f9012345';
export const PARENT_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const API = 'https://api.github.com';
const WEB = 'https://github.com';

function ghUser(login: string, id: number, type: 'User' | 'Organization' | 'Bot' = 'User') {
  const u = `${API}/users/${login}`;
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${WEB}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export const ALICE = ghUser('alice', 1024);
export const BOB = ghUser('bob', 2048);
const ORG = ghUser('example', 4096, 'Organization');

/** The repository object of most events (numeric times are a push event's quirk, see pushRepository). */
export function ghRepository(
  times: { created: string | number; pushed: string | number } = {
    created: '2024-05-02T08:00:00Z',
    pushed: '2026-03-01T09:29:58Z',
  },
) {
  const r = `${API}/repos/example/app`;
  return {
    id: 812345678,
    node_id: 'R_kgDOMGx1Tg',
    name: 'app',
    full_name: 'example/app',
    private: false,
    owner: ORG,
    html_url: `${WEB}/example/app`,
    description: 'Checkout service',
    fork: false,
    url: r,
    forks_url: `${r}/forks`,
    keys_url: `${r}/keys{/key_id}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    teams_url: `${r}/teams`,
    hooks_url: `${r}/hooks`,
    issue_events_url: `${r}/issues/events{/number}`,
    events_url: `${r}/events`,
    assignees_url: `${r}/assignees{/user}`,
    branches_url: `${r}/branches{/branch}`,
    tags_url: `${r}/tags`,
    blobs_url: `${r}/git/blobs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    trees_url: `${r}/git/trees{/sha}`,
    statuses_url: `${r}/statuses/{sha}`,
    languages_url: `${r}/languages`,
    stargazers_url: `${r}/stargazers`,
    contributors_url: `${r}/contributors`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    commits_url: `${r}/commits{/sha}`,
    git_commits_url: `${r}/git/commits{/sha}`,
    comments_url: `${r}/comments{/number}`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    contents_url: `${r}/contents/{+path}`,
    compare_url: `${r}/compare/{base}...{head}`,
    merges_url: `${r}/merges`,
    archive_url: `${r}/{archive_format}{/ref}`,
    downloads_url: `${r}/downloads`,
    issues_url: `${r}/issues{/number}`,
    pulls_url: `${r}/pulls{/number}`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    labels_url: `${r}/labels{/name}`,
    releases_url: `${r}/releases{/id}`,
    deployments_url: `${r}/deployments`,
    created_at: times.created,
    updated_at: '2026-02-27T16:12:40Z',
    pushed_at: times.pushed,
    git_url: 'git://github.com/example/app.git',
    ssh_url: 'git@github.com:example/app.git',
    clone_url: `${WEB}/example/app.git`,
    svn_url: `${WEB}/example/app`,
    homepage: null,
    size: 1840,
    stargazers_count: 12,
    watchers_count: 12,
    language: 'Go',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 3,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 4,
    license: {
      key: 'apache-2.0',
      name: 'Apache License 2.0',
      spdx_id: 'Apache-2.0',
      url: `${API}/licenses/apache-2.0`,
      node_id: 'MDc6TGljZW5zZTI=',
    },
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: ['checkout', 'payments'],
    visibility: 'public',
    forks: 3,
    open_issues: 4,
    watchers: 12,
    default_branch: 'main',
    custom_properties: {},
  };
}

/** A push event's repository: times as Unix seconds, plus stargazers and master_branch. */
export function pushRepository() {
  return {
    ...ghRepository({ created: 1714636800, pushed: 1772357398 }),
    stargazers: 12,
    master_branch: 'main',
  };
}

export const ORGANIZATION = {
  login: 'example',
  id: 4096,
  node_id: 'O_kgDOABAA',
  url: `${API}/orgs/example`,
  repos_url: `${API}/orgs/example/repos`,
  events_url: `${API}/orgs/example/events`,
  hooks_url: `${API}/orgs/example/hooks`,
  issues_url: `${API}/orgs/example/issues`,
  members_url: `${API}/orgs/example/members{/member}`,
  public_members_url: `${API}/orgs/example/public_members{/member}`,
  avatar_url: 'https://avatars.githubusercontent.com/u/4096?v=4',
  description: 'Example organisation',
};

export const INSTALLATION = {
  id: 51234567,
  node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNTEyMzQ1Njc=',
};

/** A commit as push events list it (commits[] and head_commit). */
export function pushCommit(id: string, message: string) {
  return {
    id,
    tree_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    distinct: true,
    message,
    timestamp: '2026-03-01T10:29:41+01:00',
    url: `${WEB}/example/app/commit/${id}`,
    author: { name: 'Alice', email: 'alice@example.com', username: 'alice' },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    added: ['internal/checkout/total_test.go'],
    removed: [],
    modified: ['internal/checkout/total.go'],
  };
}

/** The envelope fields most events carry besides their own. */
export const ENVELOPE = {
  repository: ghRepository(),
  organization: ORGANIZATION,
  installation: INSTALLATION,
  sender: ALICE,
};

export function label(name: string, color: string) {
  return {
    id: 7712340000 + name.length,
    node_id: 'LA_kwDOMGx1Ts8AAAAByW0n0A',
    url: `${API}/repos/example/app/labels/${encodeURIComponent(name)}`,
    name,
    color,
    default: name === 'bug',
    description: `${name} label`,
  };
}

export const API_ROOT = API;
export const WEB_ROOT = WEB;
