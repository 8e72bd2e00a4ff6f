import { describe, expect, it } from 'vitest';
import { nodeId, parseNodeId, eventKey, resourceNodeId, splitEventKey } from './ids';

describe('node ids', () => {
  it('round-trips every part, including separators in names and keys', () => {
    const parts = {
      kind: 'event' as const,
      namespace: 'argo-events',
      name: 'web/hook#1',
      key: eventKey('webhook', 'a:b/c#d%'),
    };
    const id = nodeId(parts);
    expect(parseNodeId(id)).toEqual(parts);
    expect(splitEventKey(parts.key)).toEqual({ sourceType: 'webhook', eventName: 'a:b/c#d%' });
  });

  it('omits the key for resource nodes and keeps an empty namespace', () => {
    const id = nodeId({ kind: 'sensor', namespace: '', name: 'build-sensor' });
    expect(id).toBe('sensor:/build-sensor');
    expect(parseNodeId(id)).toEqual({ kind: 'sensor', namespace: '', name: 'build-sensor' });
  });

  it('marks a second resource of the same name, and its parts, apart from the first', () => {
    const first = nodeId({ kind: 'eventSource', namespace: '', name: 'webhook' });
    const second = nodeId({ kind: 'eventSource', namespace: '', name: 'webhook', copy: 2 });
    expect(second).toBe('eventSource:/webhook;2');
    expect(second).not.toBe(first);
    // A name that is literally "webhook;2" is encoded, so it stays a different id.
    expect(nodeId({ kind: 'eventSource', namespace: '', name: 'webhook;2' })).not.toBe(second);
    const event = nodeId({
      kind: 'event',
      namespace: 'ns',
      name: 'webhook',
      key: 'webhook/x',
      copy: 12,
    });
    expect(parseNodeId(event)).toEqual({
      kind: 'event',
      namespace: 'ns',
      name: 'webhook',
      key: 'webhook/x',
      copy: 12,
    });
    expect(resourceNodeId(event)).toBe('eventSource:ns/webhook;12');
    // The first is never marked: `;1` is not an id.
    expect(nodeId({ kind: 'sensor', namespace: '', name: 's', copy: 1 })).toBe('sensor:/s');
    expect(parseNodeId('sensor:/s;1')).toBeNull();
  });

  it("names a part's resource the same way for plain and encoded names", () => {
    const owner = { event: 'eventSource', dependency: 'sensor', trigger: 'sensor' } as const;
    const names = ['webhook', 'a.b-c_9', "x!~*'()", 'web/hook', 'ümlaut', '%41', 'a;2', ''];
    const keys = [undefined, 'push', 'a%b', 'x/y', '#'];
    for (const kind of ['event', 'dependency', 'trigger', 'sensor', 'eventSource'] as const)
      for (const name of names)
        for (const key of keys)
          for (const copy of [undefined, 2, 17]) {
            const id = nodeId({
              kind,
              namespace: names[(name.length + 1) % names.length]!,
              name,
              copy,
              ...(key === undefined ? {} : { key }),
            });
            const parts = parseNodeId(id)!;
            const resourceKind = kind in owner ? owner[kind as keyof typeof owner] : kind;
            expect(resourceNodeId(id)).toBe(
              nodeId({ kind: resourceKind, namespace: parts.namespace, name, copy }),
            );
          }
    // Not ids, whatever their shape: a bad escape in the key, an unknown kind, a `;1` copy.
    expect(resourceNodeId('event:ns/s#%E0%A4%A')).toBeNull();
    expect(resourceNodeId('widget:ns/s#k')).toBeNull();
    expect(resourceNodeId('event:ns/s;1#k')).toBeNull();
  });

  it('rejects strings that are not node ids', () => {
    expect(parseNodeId('widget:/x')).toBeNull();
    expect(parseNodeId('sensor-x')).toBeNull();
    expect(parseNodeId('sensor:/%E0%A4%A')).toBeNull();
  });
});
