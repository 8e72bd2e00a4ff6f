import { isPlainObject } from '../../lib/deepEqual';
import { listManifests, parseDesign, type DesignFile } from '../../domain/design/design';
import type { Scenario } from '../../domain/scenario/scenario';
import type { Lesson, LessonCheck, LessonEvent } from '../../domain/lesson/lesson';
import { asRecord } from '../../lib/jsonValue';

export interface LessonDraftInput {
  name: string;
  files: readonly DesignFile[];
  scenarios: readonly Scenario[];
  events: readonly LessonEvent[];
  /** Learners start from an empty canvas (else from this design as it is). */
  startEmpty: boolean;
}

/** A key as one gjson path segment (dots and wildcards in event names are literal). */
const seg = (key: string) => key.replace(/[.*?\\|#@]/g, (c) => `\\${c}`);
const quoted = (s: string) => JSON.stringify(s);
const BUS_BACKENDS = ['jetstream', 'nats', 'kafka'];
/** EventSource spec keys that are settings, not source types. */
const SOURCE_SETTINGS = new Set(['eventBusName', 'replicas', 'template', 'service']);

export function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63)
      .replace(/-+$/, '') || 'my-lesson'
  );
}

/**
 * A first draft of a lesson whose answer is the given design: one check per resource (names, events,
 * dependencies, trigger types), one per scenario, and "no errors". The teacher then edits the goal
 * and hints; the draft already passes on its own solution.
 */
export function lessonFromDesign(input: LessonDraftInput): Lesson {
  const manifests = listManifests(parseDesign(input.files));
  const checks: LessonCheck[] = [];
  const goalLines: string[] = [];
  for (const m of manifests) {
    const name = String(asRecord(m.value.metadata)?.name ?? '');
    const spec = isPlainObject(m.value.spec) ? m.value.spec : {};
    if (!name) continue;
    if (m.kind === 'EventBus') {
      const backend = BUS_BACKENDS.find((b) => b in spec);
      goalLines.push(`- EventBus \`${name}\`${backend ? ` on ${backend}` : ''}`);
      checks.push({
        type: 'resource',
        title: `An EventBus named ${name}${backend ? ` runs ${backend}` : ''}`,
        hint: `Add the EventBus from the palette and name it ${name}.`,
        resource: {
          kind: 'EventBus',
          name,
          where: {},
          has: backend ? [`spec.${backend}`] : [],
          lacks: [],
        },
      });
    } else if (m.kind === 'EventSource') {
      const has = Object.entries(spec)
        .filter(([type, events]) => !SOURCE_SETTINGS.has(type) && isPlainObject(events))
        .flatMap(([type, events]) =>
          isPlainObject(events) ? Object.keys(events).map((event) => ({ type, event })) : [],
        );
      goalLines.push(
        `- EventSource \`${name}\` with ${has.map((h) => `${h.type} event \`${h.event}\``).join(', ') || 'its events'}`,
      );
      checks.push({
        type: 'resource',
        title: `The EventSource ${name} has ${has.length === 1 ? 'the event' : 'the events'} ${has.map((h) => h.event).join(', ')}`,
        hint: `Add the EventSource from the palette, name it ${name} and name its events as the goal says.`,
        resource: {
          kind: 'EventSource',
          name,
          where: {},
          has: has.map((h) => `spec.${seg(h.type)}.${seg(h.event)}`),
          lacks: [],
        },
      });
    } else if (m.kind === 'Sensor') {
      const deps = (Array.isArray(spec.dependencies) ? spec.dependencies : []).filter(
        isPlainObject,
      );
      const triggers = (Array.isArray(spec.triggers) ? spec.triggers : [])
        .filter(isPlainObject)
        .map((t) => (isPlainObject(t.template) ? t.template : {}));
      const where = Object.create(null) as Record<string, string[]>;
      for (const d of deps)
        if (typeof d.eventName === 'string' && typeof d.eventSourceName === 'string')
          where[`spec.dependencies.#(eventName==${quoted(d.eventName)}).eventSourceName`] = [
            d.eventSourceName,
          ];
      const triggerTypes = [
        ...new Set(
          triggers.flatMap((t) =>
            Object.keys(t).filter((k) => !['name', 'conditions', 'conditionsReset'].includes(k)),
          ),
        ),
      ];
      goalLines.push(
        `- Sensor \`${name}\` depending on ${deps.map((d) => `\`${String(d.eventSourceName)}/${String(d.eventName)}\``).join(' and ') || 'its events'}, with ${triggerTypes.join(', ') || 'a'} trigger${triggerTypes.length === 1 ? '' : 's'}`,
      );
      checks.push({
        type: 'resource',
        title: `The Sensor ${name} depends on ${deps.map((d) => `${String(d.eventSourceName)}/${String(d.eventName)}`).join(' and ') || 'its events'}`,
        hint: `Wire each event to the Sensor ${name} (drag from the event's handle to the Sensor).`,
        resource: { kind: 'Sensor', name, where, has: [], lacks: [] },
      });
      if (triggerTypes.length)
        checks.push({
          type: 'resource',
          title: `The Sensor ${name} has ${triggerTypes.map((t) => `a ${t}`).join(' and ')} trigger`,
          hint: `Add the trigger from the palette onto the Sensor ${name}.`,
          resource: {
            kind: 'Sensor',
            name,
            where: {},
            has: triggerTypes.map((t) => `spec.triggers.#(template.${seg(t)})`),
            lacks: [],
          },
        });
    }
  }
  for (const s of input.scenarios)
    checks.push({
      type: 'scenario',
      title: s.name,
      hint: 'Send the events of this check in the Simulator and read the Why tab to see what differs.',
      scenario: s,
    });
  checks.push({
    type: 'noErrors',
    title: 'The design has no errors',
    hint: 'Open the Problems tab; most errors have a one-click fix.',
  });
  const goal = [
    `Build this design:`,
    goalLines.join('\n'),
    'Then send the saved events in the Simulator and check what the triggers produce.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: slug(input.name),
    title: input.name,
    goal,
    start: input.startEmpty ? [] : input.files.map((f) => ({ ...f })),
    solution: input.files.map((f) => ({ ...f })),
    events: [...input.events],
    checks,
  };
}
