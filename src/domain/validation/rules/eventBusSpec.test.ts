import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';

const bus = (spec: unknown) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata: {name: default}\nspec: ${JSON.stringify(spec)}\n`;
const findings = (spec: unknown) =>
  validateText('b.yaml', bus(spec))
    .filter((d) => d.severity !== 'info')
    .map((d) => `${d.severity} ${d.code}`);

/** [pkg/reconciler/eventbus/validate.go ValidateEventBus rule, accepted spec, rejected spec, findings]. */
const CASES: [string, unknown, unknown, string[]][] = [
  ['a kind is needed', { jetstream: { version: 'latest' } }, {}, ['error eventbus.kind-count']],
  [
    'null is no kind',
    { kafka: { url: 'k:9092' } },
    { jetstream: null },
    ['error eventbus.kind-count'],
  ],
  [
    'nats: native or exotic',
    { nats: { native: {} } },
    { nats: {} },
    ['error eventbus.missing-field'],
  ],
  [
    'nats: not both',
    { nats: { exotic: { url: 'nats://n', clusterID: 'c' } } },
    { nats: { native: {}, exotic: { url: 'nats://n', clusterID: 'c' } } },
    ['error eventbus.nats.native-and-exotic'],
  ],
  [
    'nats exotic: clusterID (a pointer: an empty one is set)',
    { nats: { exotic: { url: 'nats://n', clusterID: '' } } },
    { nats: { exotic: { url: 'nats://n' } } },
    ['error eventbus.missing-field'],
  ],
  [
    'nats exotic: url',
    { nats: { exotic: { url: 'nats://n', clusterID: 'c' } } },
    { nats: { exotic: { clusterID: 'c' } } },
    ['error eventbus.missing-field'],
  ],
  [
    'jetstream: version',
    { jetstream: { version: '2.10.10' } },
    { jetstream: { replicas: 3 } },
    ['error eventbus.missing-field'],
  ],
  [
    'jetstream: replicas 1 or >= 3',
    { jetstream: { version: 'latest', replicas: 1 } },
    { jetstream: { version: 'latest', replicas: 2 } },
    ['error eventbus.jetstream.replicas'],
  ],
  [
    'jetstream: replicas 0 or negative',
    { jetstream: { version: 'latest', replicas: 5 } },
    { jetstream: { version: 'latest', replicas: 0 } },
    ['error eventbus.jetstream.replicas'],
  ],
  [
    'kafka: url',
    { kafka: { url: 'k:9092', topic: 't' } },
    { kafka: { topic: 't' } },
    ['error eventbus.missing-field'],
  ],
  [
    'jetstreamExotic: url',
    { jetstreamExotic: { url: 'nats://n' } },
    { jetstreamExotic: {} },
    ['error eventbus.missing-field'],
  ],
];

describe('eventBusSpec (pkg/reconciler/eventbus/validate.go)', () => {
  it.each(CASES)('%s', (_, good, bad, expected) => {
    expect(findings(good)).toEqual([]);
    expect(findings(bad)).toEqual(expected);
  });

  it('accepts several kinds, warning that only the first the installer knows is used', () => {
    // installer.go getInstaller: nats, then jetstream, then kafka, then jetstreamExotic.
    const d = validateText(
      'b.yaml',
      bus({ kafka: { url: 'k' }, jetstream: { version: 'latest' } }),
    );
    expect(d.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning eventbus.kind-count']);
    expect(d[0]?.message).toContain('installs only jetstream');
  });

  it('checks every kind that is set', () => {
    expect(findings({ jetstream: { version: 'latest' }, kafka: {} })).toEqual([
      'error eventbus.missing-field',
      'warning eventbus.kind-count',
    ]);
  });

  it('advises moving off NATS Streaming, with a fix', () => {
    const [d] = validateText('b.yaml', bus({ nats: { native: {} } }));
    expect(d).toMatchObject({ code: 'eventbus.nats-deprecated', severity: 'info' });
    expect(d?.fix?.title).toBe('Switch to JetStream');
  });
});
