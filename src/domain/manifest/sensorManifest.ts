import type { EventDependency, Trigger, TriggerTemplate } from '../types';
import { specOf, triggerTypeOf } from '../graph/resourceParts';
import {
  isJsonObject,
  objectsOf,
  readObject,
  readString,
  type JsonObject,
  type Unchecked,
} from './jsonValue';

/** A dependency of a Sensor as written: `EventDependency`'s fields, values unchecked. */
export type DependencyFields = Unchecked<EventDependency>;

/** A trigger of a Sensor as written (the list item: template, parameters, policy…). */
export type TriggerFields = Unchecked<Trigger>;

/** A trigger's `template` as written: name, conditions and one `<type>` key such as `http`. */
export type TemplateFields = Unchecked<TriggerTemplate> & JsonObject;

/** The mappings of `spec.dependencies` (live, so edits may change them); other items are skipped. */
export function sensorDependencies(manifest: JsonObject): DependencyFields[] {
  return objectsOf(specOf(manifest)?.dependencies);
}

/** The mappings of `spec.triggers` (live); other items are skipped. */
export function sensorTriggers(manifest: JsonObject): TriggerFields[] {
  return objectsOf(specOf(manifest)?.triggers);
}

/** The dependency whose `name` is `name`, if any. */
export function findDependency(manifest: JsonObject, name: unknown): DependencyFields | undefined {
  return sensorDependencies(manifest).find((d) => d.name === name);
}

/** The trigger whose `template.name` is `name`, if any. */
export function findTrigger(manifest: JsonObject, name: unknown): TriggerFields | undefined {
  return sensorTriggers(manifest).find((t) => {
    const template = triggerTemplate(t);
    return template !== undefined && template.name === name;
  });
}

/** A trigger's `template` when it is a mapping (live). */
export function triggerTemplate(trigger: TriggerFields): TemplateFields | undefined {
  return isJsonObject(trigger.template) ? trigger.template : undefined;
}

/** A trigger's name (`template.name`) when it is a string. */
export function triggerName(trigger: TriggerFields): string | undefined {
  const template = triggerTemplate(trigger);
  return template ? readString(template, 'name') : undefined;
}

/** A trigger's `template.conditions` when it is a string (absent: all dependencies). */
export function triggerConditions(trigger: TriggerFields): string | undefined {
  const template = triggerTemplate(trigger);
  return template ? readString(template, 'conditions') : undefined;
}

/**
 * The trigger's type and its configuration (`template.<type>`, live) for the first type key the
 * controller would run; undefined when the trigger has no type yet or its configuration is not a
 * mapping.
 */
export function triggerTypeSpec(
  trigger: TriggerFields,
): { type: string; spec: JsonObject } | undefined {
  const type = triggerTypeOf(trigger);
  const template = triggerTemplate(trigger);
  const spec = type && template ? readObject(template, type) : undefined;
  return type && spec ? { type, spec } : undefined;
}

/**
 * Every parameter list of a trigger where a `src.dependencyName` may appear: the trigger's own
 * `parameters`, and `parameters`, `payload` and `dynamicHeaders` of each mapping under `template`.
 */
export function triggerParameterLists(trigger: TriggerFields): unknown[][] {
  const lists: unknown[] = [trigger.parameters];
  const template = triggerTemplate(trigger);
  for (const value of Object.values(template ?? {}))
    if (isJsonObject(value)) lists.push(value.parameters, value.payload, value.dynamicHeaders);
  return lists.filter((l) => Array.isArray(l));
}
