import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../domain/design/design';
import { dataKeyAdvice } from './dataKeyAdvice';

const SEED = readFileSync(
  join(import.meta.dirname, '../../examples/seed-build-pipeline.yaml'),
  'utf8',
);
const advise = (text: string) => dataKeyAdvice(parseDesign([{ path: 'd.yaml', text }]));

/** An EventSource of `type` with one event, and a sensor using `dataKey` of it in an http trigger. */
function design(type: string, config: string, dataKey: string): string {
  return [
    `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: src}\nspec:\n  ${type}:\n    ev:\n${config}`,
    `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  dependencies:\n    - {name: d, eventSourceName: src, eventName: ev}\n  triggers:\n    - template:\n        name: t\n        http:\n          url: http://x\n          payload:\n            - src: {dependencyName: d, dataKey: ${JSON.stringify(dataKey)}}\n              dest: a\n`,
  ].join('---\n');
}
const GITHUB = (events: string) =>
  `      events: ${events}\n      repositories: [{owner: example, names: [app]}]\n      webhook: {endpoint: /push, port: "12000", method: POST}\n`;
const GITLAB =
  '      events: [PushEvents]\n      projects: ["1"]\n      gitlabBaseURL: https://gitlab.com\n      webhook: {endpoint: /gl, port: "12000", method: POST}\n';
const quiet = (type: string, config: string, dataKey: string) =>
  expect(advise(design(type, config, dataKey)), dataKey).toEqual([]);
const warns = (type: string, config: string, dataKey: string) => {
  const found = advise(design(type, config, dataKey));
  expect(found, dataKey).toHaveLength(1);
  return found[0]!;
};

describe('dataKeyAdvice', () => {
  it('is quiet when the dataKey is in the sample event', () => {
    expect(advise(SEED)).toEqual([]);
  });

  it('flags a dataKey the event cannot have, suggests the closest path and a log trigger, and offers the fix', () => {
    const [d, ...rest] = advise(SEED.replace('dataKey: body.project', 'dataKey: project'));
    expect(rest).toEqual([]);
    expect(d!.code).toBe('sensor.parameter.datakey-not-in-sample');
    expect(d!.severity).toBe('warning');
    expect(d!.message).toContain('log trigger');
    expect(d!.range?.line).toBeGreaterThan(50);
  });

  it('leaves what it cannot judge alone: queries, and fields inside a free-form webhook body', () => {
    expect(advise(SEED.replace('dataKey: body.project', 'dataKey: body.items.#'))).toEqual([]);
    expect(advise(SEED.replace('dataKey: body.project', 'dataKey: body.version'))).toEqual([]);
  });

  // The fields real manifests use, which the advice once called wrong.
  it('knows the fields GitHub sends for the configured events', () => {
    for (const k of [
      'body.repository.clone_url',
      'body.head_commit.url',
      'body.commits.3.author.email',
      'body.X-GitHub-Event',
      'headers.X-Github-Event.0',
      'body.repository.owner.login',
      'body.pusher.name',
    ])
      quiet('github', GITHUB('[push]'), k);
    for (const k of [
      'body.pull_request.head.sha',
      'body.pull_request.user.login',
      'body.pull_request.labels.0.name',
      'body.pull_request.milestone.title',
      'body.number',
    ])
      quiet('github', GITHUB('[pull_request]'), k);
    quiet('github', GITHUB('["*"]'), 'body.release.tag_name');
    quiet('github', GITHUB('[deployment]'), 'body.deployment.environment');
    const gh = readFileSync(
      join(import.meta.dirname, '../../examples/github-push-build.yaml'),
      'utf8',
    );
    expect(advise(gh)).toEqual([]);
    const [d] = advise(gh.replace('dataKey: body.after', 'dataKey: body.aftr'));
    expect(d).toMatchObject({ fix: { title: 'Use body.after', value: 'body.after' } });
    expect(d!.message).toContain('cannot be in a github push event');
  });

  it('warns where the provider cannot send the path', () => {
    expect(warns('github', GITHUB('[push]'), 'body.pull_request.title').message).toContain(
      'has no field "pull_request"',
    );
    expect(warns('github', GITHUB('[push]'), 'body.commits.id').message).toContain('is a list');
    expect(warns('github', GITHUB('[push]'), 'headers.x-github-event.0').fix?.value).toBe(
      'headers.X-Github-Event.0',
    );
    expect(warns('github', GITHUB('[push]'), 'header.X-Github-Event.0').fix?.value).toBe(
      'headers.X-Github-Event.0',
    );
  });

  it('knows GitLab payloads (commits.0.id, project.name)', () => {
    for (const k of [
      'body.commits.0.id',
      'body.project.name',
      'body.project.path_with_namespace',
      'body.user_username',
      'headers.X-Gitlab-Event.0',
    ])
      quiet('gitlab', GITLAB, k);
    expect(warns('gitlab', GITLAB, 'body.project.nmae').fix?.value).toBe('body.project.name');
  });

  it('resource bodies follow the watched kind: spec and status are open, metadata is checked', () => {
    const deploy =
      '      namespace: prod\n      group: apps\n      version: v1\n      resource: deployments\n      eventTypes: [ADD, UPDATE]\n';
    for (const k of [
      'body.spec.replicas',
      'body.spec.template.spec.containers.0.image',
      'body.status.readyReplicas',
      'body.metadata.labels.team',
      'oldBody.spec.replicas',
      'body.metadata.name',
    ])
      quiet('resource', deploy, k);
    const cm =
      '      namespace: prod\n      version: v1\n      resource: configmaps\n      eventTypes: [ADD]\n';
    quiet('resource', cm, 'body.data.LOG_LEVEL');
    expect(warns('resource', deploy, 'body.metadata.nmae').fix?.value).toBe('body.metadata.name');
  });

  it('message bodies are base64 text unless jsonBody; SQS attributes are AWS structs', () => {
    const kafka = (json: boolean) =>
      `      url: kafka:9092\n      topic: orders\n      consumerGroup: {groupName: g}\n      jsonBody: ${json}\n`;
    quiet('kafka', kafka(true), 'body.orderId');
    expect(warns('kafka', kafka(false), 'body.orderId').message).toContain('jsonBody: true');
    const sqs = '      queue: orders\n      region: us-east-1\n      jsonBody: true\n';
    quiet('sqs', sqs, 'messageAttributes.anything.StringValue');
    expect(warns('sqs', sqs, 'messageAttributes.anything.Value').message).toContain(
      'has no field "Value"',
    );
  });

  it('an SNS Message is a string, and a webhook has `header`, not `headers`', () => {
    const sns =
      '      topicArn: arn:aws:sns:us-east-1:1:t\n      region: us-east-1\n      webhook: {endpoint: /sns, port: "12000", method: POST}\n';
    quiet('sns', sns, 'body.Message');
    expect(warns('sns', sns, 'body.Message.orderId').message).toContain('is a string');
    const hook = '      port: "12000"\n      endpoint: /h\n      method: POST\n';
    expect(warns('webhook', hook, 'headers.X-Foo.0').fix?.value).toMatch(/^header/);
    quiet('webhook', hook, 'header.X-Foo.0');
  });
});
