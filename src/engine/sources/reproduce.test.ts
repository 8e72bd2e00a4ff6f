import { describe, expect, it } from 'vitest';
import { reproduceCommands, shellQuote } from './reproduce';

describe('reproduceCommands', () => {
  it('port-forwards to the EventSource service and curls its endpoint with the same body', () => {
    const lines = reproduceCommands({
      namespace: '',
      eventSourceName: 'webhook',
      sourceType: 'webhook',
      config: { port: '12000', endpoint: '/build', method: 'POST' },
      sensorName: 'build-sensor',
      headers: { 'Content-Type': 'application/json' },
      body: '{"project":"kubedojo"}',
      fileName: 'design.yaml',
    });
    expect(lines).toEqual([
      "kubectl apply -n argo-events -f 'design.yaml'",
      'kubectl -n argo-events port-forward svc/webhook-eventsource-svc 12000:12000 &',
      `curl -X POST http://localhost:12000/build -H 'Content-Type: application/json' -d '{"project":"kubedojo"}'`,
      'kubectl -n argo-events logs -l sensor-name=build-sensor -f',
    ]);
  });

  it('quotes anything the shell would interpret', () => {
    expect(shellQuote(`it's $(rm -rf /)`)).toBe(`'it'\\''s $(rm -rf /)'`);
  });

  describe('hostile names', () => {
    it('keeps hostile names in the reproduce commands inert', () => {
      const lines = reproduceCommands({
        namespace: 'ns;id',
        eventSourceName: '$(id)',
        sourceType: 'webhook',
        config: { port: '1`id`', endpoint: '/x;id', method: 'POST' },
        sensorName: 's&&id',
        fileName: 'd.yaml',
      });
      // Outside quotes, nothing but the intended trailing `&` of the port-forward may reach the shell.
      for (const line of lines)
        expect(line.replace(/ &$/, '').replace(/'[^']*'/g, '')).not.toMatch(/[;&$`|]/);
    });
  });
});
