import { describe, expect, it } from 'vitest';
import { nodeId, parseNodeId, eventKey, splitEventKey } from './ids';

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

  it('rejects strings that are not node ids', () => {
    expect(parseNodeId('widget:/x')).toBeNull();
    expect(parseNodeId('sensor-x')).toBeNull();
    expect(parseNodeId('sensor:/%E0%A4%A')).toBeNull();
  });
});
