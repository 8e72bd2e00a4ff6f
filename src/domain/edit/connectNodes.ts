import type { DesignFile } from '../design/design';
import { parseNodeId } from '../graph/ids';
import { KIND_LABEL } from '../graph/kindLabels';
import {
  connectBus,
  connectDependencyToTrigger,
  connectEventToSensor,
  type EditResult,
} from './designEdits';

/**
 * What drawing a connection from `source` to `target` means in the design: an event to a Sensor
 * (or one of its parts) adds a dependency, a dependency to a trigger adds it to the conditions,
 * an EventBus to a source or Sensor (either way round) sets its eventBusName. Anything else is
 * refused with a sentence saying what can be connected.
 */
export function connectNodes(
  files: readonly DesignFile[],
  source: string,
  target: string,
): EditResult {
  const a = parseNodeId(source);
  const b = parseNodeId(target);
  if (!a || !b) return { ok: false, reason: 'that connection does not mean anything' };
  if (
    a.kind === 'event' &&
    (b.kind === 'sensor' || b.kind === 'dependency' || b.kind === 'trigger')
  )
    return connectEventToSensor(files, source, target);
  if (a.kind === 'dependency' && b.kind === 'trigger')
    return connectDependencyToTrigger(files, source, target);
  if (a.kind === 'eventBus' && (b.kind === 'eventSource' || b.kind === 'sensor'))
    return connectBus(files, source, target);
  if ((a.kind === 'eventSource' || a.kind === 'sensor') && b.kind === 'eventBus')
    return connectBus(files, target, source);
  return {
    ok: false,
    reason: `an ${KIND_LABEL[a.kind]} cannot be connected to a ${KIND_LABEL[b.kind]}: connect an event to a Sensor, a dependency to a trigger, or an EventBus to a source or sensor`,
  };
}
