import type { EventSourceType } from '../../../catalog/eventSourceTypes';
import type { FieldCheck } from '../../fieldCheck';
import { OTHER_SOURCE_RULES } from './otherSources';
import { QUEUE_SOURCE_RULES } from './queueSources';
import { WEBHOOK_SOURCE_RULES } from './webhookSources';

/**
 * The controller's per-type rules for one event of each of the 32 EventSource types (the
 * `ValidateEventSource` of `pkg/eventsources/sources/<type>/validate.go`), one place for them all.
 * Partial by type, as the three tables are keyed by string; the test checks every type has a rule.
 */
export const EVENT_RULES: Readonly<Partial<Record<EventSourceType, (e: FieldCheck) => void>>> = {
  ...WEBHOOK_SOURCE_RULES,
  ...QUEUE_SOURCE_RULES,
  ...OTHER_SOURCE_RULES,
};
