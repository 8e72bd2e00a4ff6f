import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { setField } from '../../edit/setField';
import { appendDocument } from '../../edit/documentEdits';
import type { Diagnostic } from '../diagnostic';

const BUS =
  'apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata: {name: default}\nspec:\n  jetstream: {version: latest}\n';
const HOOK =
  'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: webhook}\nspec:\n  webhook:\n    build: {port: "12000", endpoint: /build, method: POST}\n';
const SENSOR = (
  deps = '    - {name: push, eventSourceName: webhook, eventName: build}\n',
  params = '',
) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata: {name: s}\nspec:\n  dependencies:\n${deps}  triggers:\n    - template:\n        name: t\n        http:\n          url: http://x\n          payload:\n            - src: {dependencyName: push, dataKey: body.a}\n              dest: a\n${params}`;
const text = (...docs: string[]) => docs.join('---\n');

/** Applies a diagnostic's fix the way the app does, and validates again. */
function afterFix(design: string, d: Diagnostic): Diagnostic[] {
  const fix = d.fix!;
  const files = [{ path: 'd.yaml', text: design }];
  const next =
    fix.kind === 'append'
      ? { ok: true as const, files: appendDocument(files, fix.value) }
      : setField(
          files,
          {
            kind: fix.resource.kind,
            name: fix.resource.name,
            namespace: fix.resource.namespace ?? '',
          },
          fix.path,
          fix.value,
        );
  if (!next.ok) throw new Error(next.reason);
  return validateText('d.yaml', next.files[0]!.text);
}

const find = (design: string, code: string) =>
  validateText('d.yaml', design).find((d) => d.code === code);

describe('common mistakes of the training module', () => {
  it('no EventBus default: fires, and the one-click fix adds one', () => {
    const bad = text(HOOK, SENSOR());
    const d = find(bad, 'eventbus.no-default')!;
    expect(d.fix?.title).toBe('Add EventBus "default" (JetStream)');
    expect(afterFix(bad, d).some((x) => x.code === 'eventbus.no-default')).toBe(false);
    expect(find(text(BUS, HOOK, SENSOR()), 'eventbus.no-default')).toBeUndefined();
  });

  it('a dependency name mismatch suggests the closest name and fixes it', () => {
    const bad = text(BUS, HOOK, SENSOR().replace('dependencyName: push', 'dependencyName: puhs'));
    const d = find(bad, 'sensor.parameter.unknown-dependency')!;
    expect(d.message).toContain('did you mean "push"');
    expect(afterFix(bad, d).some((x) => x.code === 'sensor.parameter.unknown-dependency')).toBe(
      false,
    );
  });

  it('a STAN bus in a new design: warns and switches it to JetStream', () => {
    const bad = text(
      BUS.replace('jetstream: {version: latest}', 'nats:\n    native: {}'),
      HOOK,
      SENSOR(),
    );
    const d = find(bad, 'eventbus.nats-deprecated')!;
    expect(afterFix(bad, d).some((x) => x.code === 'eventbus.nats-deprecated')).toBe(false);
    expect(find(text(BUS, HOOK, SENSOR()), 'eventbus.nats-deprecated')).toBeUndefined();
  });

  it('a GitHub push dependency without a branch filter: advises one on body.ref and adds it', () => {
    const gh =
      'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: github}\nspec:\n  github:\n    repo:\n      events: [push]\n      webhook: {endpoint: /push, port: "12000", method: POST, url: "https://x"}\n';
    const bad = text(
      BUS,
      gh,
      SENSOR('    - {name: push, eventSourceName: github, eventName: repo}\n'),
    );
    const d = find(bad, 'sensor.dependency.github-no-branch-filter')!;
    // It works as written (any branch fires): advice.
    expect(d.severity).toBe('info');
    expect(
      afterFix(bad, d).some((x) => x.code === 'sensor.dependency.github-no-branch-filter'),
    ).toBe(false);
  });

  it('a webhook nothing can reach: informs with the port-forward alternative, and the fix adds a Service', () => {
    const bad = text(BUS, HOOK, SENSOR());
    const d = find(bad, 'eventsource.webhook.not-exposed')!;
    expect(d.severity).toBe('info');
    expect(d.message).toContain('kubectl -n argo-events port-forward');
    expect(afterFix(bad, d).some((x) => x.code === 'eventsource.webhook.not-exposed')).toBe(false);
    expect(
      find(
        text(
          BUS,
          HOOK,
          SENSOR(),
          'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: hooks}\n',
        ),
        'eventsource.webhook.not-exposed',
      ),
    ).toBeUndefined();
  });

  it('a Secret in another namespace than its EventSource: warns', () => {
    const gh =
      'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: github, namespace: argo-events}\nspec:\n  github:\n    repo:\n      events: [push]\n      apiToken: {name: gh, key: token}\n';
    const secret = (ns: string) =>
      `apiVersion: v1\nkind: Secret\nmetadata: {name: gh, namespace: ${ns}}\nstringData: {token: x}\n`;
    expect(
      find(text(gh, secret('default')), 'eventsource.secret.other-namespace')?.message,
    ).toContain('is in namespace "default"');
    expect(
      find(text(gh, secret('argo-events')), 'eventsource.secret.other-namespace'),
    ).toBeUndefined();
  });
});
