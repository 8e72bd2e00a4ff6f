import { describe, expect, it } from 'vitest';
import { reproduceCommands, shellQuote } from './reproduce';

// pkg/reconciler/eventsource/resource.go buildService: the Service exists only with spec.service ports.
describe('reproduceCommands', () => {
  it('port-forwards to the EventSource service and curls its endpoint with the same body', () => {
    const lines = reproduceCommands({
      servicePorts: [{ port: 12000, targetPort: 12000 }],
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

  it('forwards to the Service port that leads to the event port', () => {
    const lines = reproduceCommands({
      servicePorts: [
        { port: 80, targetPort: 9000 },
        { port: 8080, targetPort: 12000 },
      ],
      namespace: 'ci',
      eventSourceName: 'webhook',
      sourceType: 'webhook',
      config: { port: '12000', endpoint: '/build' },
      sensorName: 's',
      fileName: 'd.yaml',
    });
    expect(lines[1]).toBe('kubectl -n ci port-forward svc/webhook-eventsource-svc 12000:8080 &');
  });

  // pkg/reconciler/eventsource/controller.go: pods carry the label eventsource-name=<name>.
  it('without spec.service, port-forwards to the pod found by its eventsource-name label', () => {
    for (const servicePorts of [undefined, []]) {
      const lines = reproduceCommands({
        servicePorts,
        namespace: '',
        eventSourceName: 'webhook',
        sourceType: 'webhook',
        config: { port: '12000', endpoint: '/build' },
        sensorName: 'build-sensor',
        fileName: 'design.yaml',
      });
      expect(lines[1]).toBe(
        `kubectl -n argo-events port-forward "$(kubectl -n argo-events get pod -l eventsource-name=webhook -o jsonpath='{.items[0].metadata.name}')" 12000:12000 &`,
      );
      expect(lines.join('\n')).not.toContain('eventsource-svc');
    }
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
        expect(
          line
            .replace(/ &$/, '')
            // The pod look-up is our own command substitution; what is inside it is checked the same way.
            .replace(/"\$\((.*)\)"/, ' $1 ')
            .replace(/'[^']*'/g, ''),
        ).not.toMatch(/[;&$`|]/);
    });
  });
});
