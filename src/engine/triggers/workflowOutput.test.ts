import { describe, expect, it } from 'vitest';
import { predictWorkflowOutput } from './workflowOutput';

const workflow = (template: Record<string, unknown>, value = 'kubedojo') => ({
  spec: {
    entrypoint: 'main',
    arguments: { parameters: [{ name: 'message', value }] },
    templates: [{ name: 'main', inputs: { parameters: [{ name: 'message' }] }, ...template }],
  },
});

describe('predictWorkflowOutput', () => {
  it('predicts the hands-on exercise output from sh -c echo commands', () => {
    const p = predictWorkflowOutput(
      workflow({
        container: {
          image: 'alpine:3.19',
          command: ['sh', '-c'],
          args: ['echo "Received event data:" && echo "{{inputs.parameters.message}}"'],
        },
      }),
    );
    expect(p).toEqual({
      inputs: { message: 'kubedojo' },
      output: ['Received event data:', 'kubedojo'],
    });
  });

  it('reads command: [echo], script templates and workflow parameters', () => {
    expect(
      predictWorkflowOutput(
        workflow({
          container: { command: ['echo'], args: ['hello {{workflow.parameters.message}}'] },
        }),
      )?.output,
    ).toEqual(['hello kubedojo']);
    expect(
      predictWorkflowOutput(
        workflow({
          script: { image: 'alpine', command: ['sh'], source: "echo 'a b'\necho -n c; echo -n d" },
        }),
      )?.output,
    ).toEqual(['a b', 'cd']);
  });

  it('says so instead of guessing when a command is not an echo', () => {
    const p = predictWorkflowOutput(
      workflow({
        container: { command: ['sh', '-c'], args: ['echo start && curl http://x | jq .'] },
      }),
    );
    expect(p?.output).toEqual(['start']);
    expect(p?.note).toMatch(/cannot predict/);
    expect(predictWorkflowOutput(workflow({ container: { image: 'busybox' } }))?.note).toMatch(
      /default command/,
    );
    expect(predictWorkflowOutput({ spec: { workflowTemplateRef: { name: 'x' } } })?.note).toMatch(
      /WorkflowTemplate/,
    );
  });

  it('never runs shell text: $() and backticks stop the prediction', () => {
    expect(
      predictWorkflowOutput(
        workflow({ container: { command: ['sh', '-c'], args: ['echo "$(rm -rf /)"'] } }),
      )?.output,
    ).toBeNull();
  });
});
