import {
  diag,
  dependenciesOf,
  isSet,
  list,
  quote,
  sensors,
  specOf,
  text,
  triggersOf,
  type Rule,
} from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

const NAME_OK = /^[A-Za-z_-][A-Za-z0-9_-]*$/;

/**
 * The controller's structural rules for a Sensor (SEMANTICS §6.4): at least one dependency and one
 * trigger; each dependency has a name, eventSourceName and eventName; names are unique. Dependency
 * names outside `[A-Za-z0-9_-]` break the `conditions` rewrite (§3.1).
 */
export const sensorStructure: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    const spec = specOf(s);
    if (list(spec.dependencies).length === 0) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.no-dependencies',
          'error',
          `Sensor ${quote(s.name)} has no dependencies; add at least one under spec.dependencies`,
          ['spec'],
        ),
      );
    }
    if (list(spec.triggers).length === 0) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.no-triggers',
          'error',
          `Sensor ${quote(s.name)} has no triggers; add at least one under spec.triggers`,
          ['spec'],
        ),
      );
    }
    const seen = new Map<string, number>();
    for (const { dep, i } of dependenciesOf(s)) {
      for (const field of ['name', 'eventSourceName', 'eventName']) {
        if (!isSet(dep[field])) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.dependency.missing-field',
              'error',
              `dependency #${i + 1} needs ${field}`,
              ['spec', 'dependencies', i],
            ),
          );
        }
      }
      const name = text(dep.name);
      if (!name) continue;
      const first = seen.get(name);
      if (first !== undefined) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.dependency.duplicate-name',
            'warning',
            `dependency name ${quote(name)} is already used by dependency #${first + 1}; the controller accepts it, but the later one shadows it`,
            ['spec', 'dependencies', i, 'name'],
          ),
        );
      } else {
        seen.set(name, i);
      }
      if (!NAME_OK.test(name)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.dependency.invalid-name',
            'warning',
            `dependency name ${quote(name)} should use only letters, digits, - and _ (and not start with a digit): other characters break trigger conditions`,
            ['spec', 'dependencies', i, 'name'],
          ),
        );
      }
    }
    const triggerNames = new Map<string, number>();
    for (const { template, i } of triggersOf(s)) {
      const name = text(template.name);
      if (!name) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-name',
            'error',
            `trigger #${i + 1} needs template.name`,
            ['spec', 'triggers', i, 'template'],
          ),
        );
        continue;
      }
      const first = triggerNames.get(name);
      if (first !== undefined) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.duplicate-name',
            'error',
            `trigger name ${quote(name)} is already used by trigger #${first + 1}; trigger names must be unique`,
            ['spec', 'triggers', i, 'template', 'name'],
          ),
        );
      } else {
        triggerNames.set(name, i);
      }
    }
  }
  return out;
};
