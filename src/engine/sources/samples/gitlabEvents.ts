/**
 * GitLab webhook payloads with the fields GitLab documents ("Webhook events", docs.gitlab.com).
 * Values are invented; the names and nesting are GitLab's.
 */
const SHA = 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7';
const BEFORE = '95790bf891e76fee5e1747ab589903a6a1f80f22';
const WEB = 'https://gitlab.example.com';

const project = {
  id: 15,
  name: 'app',
  description: 'Checkout service',
  web_url: `${WEB}/example/app`,
  avatar_url: null,
  git_ssh_url: 'git@gitlab.example.com:example/app.git',
  git_http_url: `${WEB}/example/app.git`,
  namespace: 'example',
  visibility_level: 20,
  path_with_namespace: 'example/app',
  default_branch: 'main',
  ci_config_path: '',
  homepage: `${WEB}/example/app`,
  url: 'git@gitlab.example.com:example/app.git',
  ssh_url: 'git@gitlab.example.com:example/app.git',
  http_url: `${WEB}/example/app.git`,
};

const repository = {
  name: 'app',
  url: 'git@gitlab.example.com:example/app.git',
  description: 'Checkout service',
  homepage: `${WEB}/example/app`,
  git_http_url: `${WEB}/example/app.git`,
  git_ssh_url: 'git@gitlab.example.com:example/app.git',
  visibility_level: 20,
};

const user = {
  id: 4,
  name: 'Alice Example',
  username: 'alice',
  avatar_url:
    'https://secure.gravatar.com/avatar/00000000000000000000000000000000?s=80&d=identicon',
  email: '[REDACTED]',
};

const commit = (id: string, message: string) => ({
  id,
  message: `${message}\n`,
  title: message,
  timestamp: '2026-03-01T10:29:41+01:00',
  url: `${WEB}/example/app/-/commit/${id}`,
  author: { name: 'Alice Example', email: 'alice@example.com' },
  added: ['internal/checkout/total_test.go'],
  modified: ['internal/checkout/total.go'],
  removed: [],
});

const pushLike = (kind: 'push' | 'tag_push', ref: string) => ({
  object_kind: kind,
  event_name: kind,
  before: kind === 'tag_push' ? '0000000000000000000000000000000000000000' : BEFORE,
  after: SHA,
  ref,
  ref_protected: true,
  checkout_sha: SHA,
  message: null,
  user_id: 4,
  user_name: 'Alice Example',
  user_username: 'alice',
  user_email: '',
  user_avatar: user.avatar_url,
  project_id: 15,
  project,
  commits: kind === 'push' ? [commit(SHA, 'Fix checkout total rounding')] : [],
  total_commits_count: kind === 'push' ? 1 : 0,
  push_options: {},
  repository,
});

const mergeRequest = {
  object_kind: 'merge_request',
  event_type: 'merge_request',
  user,
  project,
  object_attributes: {
    id: 99,
    iid: 42,
    target_branch: 'main',
    source_branch: 'fix/rounding',
    source_project_id: 15,
    author_id: 4,
    assignee_ids: [4],
    assignee_id: 4,
    reviewer_ids: [6],
    title: 'Fix checkout total rounding',
    created_at: '2026-03-01 09:20:11 UTC',
    updated_at: '2026-03-01 09:29:58 UTC',
    last_edited_at: null,
    last_edited_by_id: null,
    milestone_id: null,
    state_id: 1,
    state: 'opened',
    blocking_discussions_resolved: true,
    work_in_progress: false,
    draft: false,
    first_contribution: false,
    merge_status: 'unchecked',
    detailed_merge_status: 'not_open',
    target_project_id: 15,
    description: 'Rounds totals half-even.',
    prepared_at: '2026-03-01 09:20:14 UTC',
    total_time_spent: 0,
    time_change: 0,
    human_total_time_spent: null,
    human_time_change: null,
    human_time_estimate: null,
    url: `${WEB}/example/app/-/merge_requests/42`,
    source: project,
    target: project,
    last_commit: commit(SHA, 'Fix checkout total rounding'),
    labels: [],
    action: 'open',
    head_pipeline_id: 1201,
    merge_commit_sha: null,
    merge_error: null,
    merge_params: { force_remove_source_branch: '1' },
    merge_user_id: null,
    merge_when_pipeline_succeeds: false,
    squash: false,
    updated_by_id: null,
  },
  labels: [],
  changes: {},
  repository: {
    name: 'app',
    url: project.url,
    description: project.description,
    homepage: project.homepage,
  },
  assignees: [user],
  reviewers: [{ ...user, id: 6, name: 'Bob Example', username: 'bob' }],
};

const pipeline = {
  object_kind: 'pipeline',
  object_attributes: {
    id: 1201,
    iid: 318,
    name: 'Pipeline for branch: main',
    ref: 'main',
    tag: false,
    sha: SHA,
    before_sha: BEFORE,
    source: 'push',
    status: 'success',
    detailed_status: 'passed',
    stages: ['build', 'test', 'deploy'],
    created_at: '2026-03-01 09:30:00 UTC',
    finished_at: '2026-03-01 09:34:12 UTC',
    duration: 248,
    queued_duration: 4,
    variables: [],
    url: `${WEB}/example/app/-/pipelines/1201`,
  },
  merge_request: null,
  user,
  project,
  commit: {
    id: SHA,
    message: 'Fix checkout total rounding\n',
    title: 'Fix checkout total rounding',
    timestamp: '2026-03-01T10:29:41+01:00',
    url: `${WEB}/example/app/-/commit/${SHA}`,
    author: { name: 'Alice Example', email: 'alice@example.com' },
  },
  builds: [
    {
      id: 380,
      stage: 'deploy',
      name: 'production',
      status: 'success',
      created_at: '2026-03-01 09:30:00 UTC',
      started_at: '2026-03-01 09:33:10 UTC',
      finished_at: '2026-03-01 09:34:12 UTC',
      duration: 62.1,
      queued_duration: 0.5,
      failure_reason: null,
      when: 'manual',
      manual: true,
      allow_failure: false,
      user,
      runner: null,
      artifacts_file: { filename: null, size: null },
      environment: { name: 'production', action: 'start', deployment_tier: 'production' },
    },
  ],
};

const issue = {
  object_kind: 'issue',
  event_type: 'issue',
  user,
  project,
  object_attributes: {
    author_id: 6,
    closed_at: null,
    confidential: false,
    created_at: '2026-03-01 09:25:02 UTC',
    description: 'A 19.995 total shows as 19.99.',
    due_date: null,
    id: 301,
    iid: 17,
    last_edited_at: null,
    milestone_id: null,
    state: 'opened',
    title: 'Checkout total is off by one cent',
    updated_at: '2026-03-01 09:25:02 UTC',
    url: `${WEB}/example/app/-/issues/17`,
    labels: [],
    action: 'open',
  },
  repository: {
    name: 'app',
    url: project.url,
    description: project.description,
    homepage: project.homepage,
  },
  assignees: [user],
  labels: [],
  changes: {},
};

/** gitlab `events` names (the API's hook flags) → X-Gitlab-Event header, label and body. */
export const GITLAB_EVENTS: readonly {
  event: string;
  header: string;
  label: string;
  body: unknown;
}[] = [
  {
    event: 'PushEvents',
    header: 'Push Hook',
    label: 'push to main',
    body: pushLike('push', 'refs/heads/main'),
  },
  {
    event: 'MergeRequestsEvents',
    header: 'Merge Request Hook',
    label: 'merge request opened',
    body: mergeRequest,
  },
  {
    event: 'TagPushEvents',
    header: 'Tag Push Hook',
    label: 'tag v1.4.0 pushed',
    body: pushLike('tag_push', 'refs/tags/v1.4.0'),
  },
  { event: 'PipelineEvents', header: 'Pipeline Hook', label: 'pipeline succeeded', body: pipeline },
  { event: 'IssuesEvents', header: 'Issue Hook', label: 'issue opened', body: issue },
];
