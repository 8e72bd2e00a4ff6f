import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, run, scratch, SEED_PATH, SENSOR } from '../testKit';

const SEED = readFileSync(SEED_PATH, 'utf8');
const HANDS_ON = 'webhook/build={"project":"kubedojo","branch":"main","commit":"abc123"}';

interface JsonFiring {
  sensor: string;
  trigger: string;
  type: string;
  resource: { spec: { arguments: { parameters: { value: string }[] } } };
  parameters: { dest: string; source: string; value: string | null }[];
  brief: string;
  output: string[] | null;
}

describe('eventflow simulate explains what would happen (issue 21 item 4)', () => {
  it('the hands-on exercise: the parameter value, the Workflow in brief and its predicted output', async () => {
    const r = await run(['simulate', SEED_PATH, '--event', HANDS_ON]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Trigger build-sensor/trigger-workflow FIRED (argoWorkflow)');
    expect(r.out).toMatch(/would submit Workflow event-build-…/);
    expect(r.out).toMatch(
      /spec\.arguments\.parameters\.0\.value = "kubedojo" +\(webhook-build · dataKey body\.project\)/,
    );
    expect(r.out).toContain('entrypoint inputs: message = "kubedojo"');
    expect(r.out).toContain('predicted output: Received event data: kubedojo');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('1 trigger firing(s).');
  });

  it('the same in JSON: rendered resource, parameters, brief and output lines', async () => {
    const r = await run(['simulate', SEED_PATH, '--event', HANDS_ON, '-o', 'json']);
    const report = JSON.parse(r.out) as {
      firings: JsonFiring[];
      trace: unknown[];
      exitCode: number;
    };
    expect(report.exitCode).toBe(0);
    expect(report.firings).toHaveLength(1);
    const f = report.firings[0]!;
    expect(f).toMatchObject({
      sensor: 'build-sensor',
      trigger: 'trigger-workflow',
      type: 'argoWorkflow',
    });
    expect(f.resource.spec.arguments.parameters[0]?.value).toBe('kubedojo');
    expect(f.parameters).toEqual([
      {
        dest: 'spec.arguments.parameters.0.value',
        source: 'webhook-build · dataKey body.project',
        value: 'kubedojo',
      },
    ]);
    expect(f.output).toEqual(['Received event data:', 'kubedojo']);
    expect(report.trace.length).toBeGreaterThan(0);
  });

  it('an http trigger shows the request it would send', async () => {
    const r = await run([
      'simulate',
      join(EXAMPLES, 'webhook-http.yaml'),
      '--event',
      'deploy-hook/deploy={"project":"shop","version":"1.2.3"}',
    ]);
    expect(r.out).toMatch(/would POST \S+ with body \{.*"shop"/);
  });

  it('a dataKey that is not in the event is named, with its dependency and the closest path (exit 1)', async () => {
    const dir = scratch({
      'seed.yaml': SEED.replace('dataKey: body.project', 'dataKey: body.projct'),
    });
    const r = await run(['simulate', 'seed.yaml', '--event', HANDS_ON], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "FAILED: argoWorkflow parameters: unable to resolve 'webhook-build' parameter value",
    );
    expect(r.out).toContain(
      'dataKey "body.projct" of dependency "webhook-build" is not in its event; the closest path there is "body.project"',
    );
    const gh = await run(['simulate', 'seed.yaml', '--event', HANDS_ON, '-o', 'github'], {
      cwd: dir,
    });
    expect(gh.out).toMatch(
      /^::error file=seed\.yaml,line=\d+,col=\d+,.*title=simulate\.trigger-failed::.*body\.projct/m,
    );
  });

  it('an EventSource missing from the design is said as such, not passed off as a webhook', async () => {
    const dir = scratch({ 'sensor.yaml': SENSOR });
    const r = await run(['simulate', 'sensor.yaml', '--event', 'webhook/build={}'], { cwd: dir });
    expect(r.out).toMatch(
      /^warning simulate\.unknown-event-source EventSource "webhook" is not in the design; the event is built as a webhook would receive it/m,
    );
    expect(r.code).toBe(0);
    expect(
      (
        await run(
          ['simulate', 'sensor.yaml', '--event', 'webhook/build={}', '--max-warnings', '0'],
          { cwd: dir },
        )
      ).code,
    ).toBe(1);
  });

  it('an event the EventSource does not have is refused (exit 1)', async () => {
    const r = await run(['simulate', SEED_PATH, '--event', 'webhook/biuld={}']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'Event webhook/biuld was not published: EventSource webhook has no event "biuld".',
    );
    const json = await run(['simulate', SEED_PATH, '--event', 'webhook/biuld={}', '-o', 'json']);
    expect(JSON.parse(json.out).findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'simulate.event-refused' }),
    ]);
  });

  it('explains in words why nothing fired', async () => {
    // Without its webhook secret, so the push is published unsigned and reaches the filters.
    const dir = scratch({
      'github.yaml': readFileSync(join(EXAMPLES, 'github-push-build.yaml'), 'utf8').replace(
        /\n\s+webhookSecret:\n\s+name: github-access\n\s+key: secret/,
        '',
      ),
    });
    const r = await run(
      ['simulate', 'github.yaml', '--event', 'github/app-repo={"ref":"refs/heads/dev"}'],
      { cwd: dir },
    );
    expect(r.out).toMatch(/dropped/);
    expect(r.out).toContain('0 trigger firing(s).');
  });

  it('sends events in the EventSource’s namespace', async () => {
    const namespaced = SEED.replace(
      /metadata:\n(\s+)name: /g,
      'metadata:\n$1namespace: ci\n$1name: ',
    );
    const dir = scratch({ 'seed.yaml': namespaced });
    const r = await run(['simulate', 'seed.yaml', '--event', HANDS_ON], { cwd: dir });
    expect(r.out).toContain('predicted output: Received event data: kubedojo');
  });

  it('reads bodies from files and rejects bad usage with exit 2', async () => {
    const dir = scratch({ 'body.json': '{"project":"x"}' });
    expect(
      (await run(['simulate', SEED_PATH, '--event', 'webhook/build=@body.json'], { cwd: dir })).out,
    ).toContain('FIRED');
    for (const args of [
      ['--event', 'nonsense'],
      ['--at', 'yesterday', '--event', 'webhook/build={}'],
      ['--advance', '3 days'],
      [],
      ['--timeout', 'soon', '--event', 'a/b={}'],
    ]) {
      const r = await run(['simulate', SEED_PATH, ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.err).toContain('usage: eventflow simulate');
    }
    const missing = await run(['simulate', SEED_PATH, '--event', 'webhook/build=@missing.json'], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('missing.json:1:1 error input.not-found');
  });

  it('a design with YAML errors is not simulated: located errors, exit 1', async () => {
    const dir = scratch({ 'broken.yaml': 'kind: [\n', 'sensor.yaml': SENSOR });
    const r = await run(['simulate', '.', '--event', 'webhook/build={}'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken\.yaml:\d+:\d+ error yaml\.syntax/m);
  });
});
