import { conditionKey, dependencyNameProblem, readConditions } from '../../sensor/conditionNames';
import { diag, dependenciesOf, quote, sensors, text, triggersOf, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * `conditions` must parse (only names, &&, || and parentheses) and name only this sensor's
 * dependencies (`-` and `_` are the same); otherwise the trigger never starts (SEMANTICS §3.1).
 * A dependency name the sensor's expression libraries cannot read (pkg/sensors/listener.go: expr
 * builtins and keywords inside `conditions`; for govaluate a first character that is not a letter,
 * or `.` and other operator characters) also stops the trigger; the controller accepts it, so it
 * is a warning.
 */
export const triggerConditions: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    const deps = new Set(dependenciesOf(s).map(({ dep }) => conditionKey(text(dep.name))));
    for (const { template, i } of triggersOf(s)) {
      const base = ['spec', 'triggers', i, 'template'];
      const conditions = template.conditions;
      const withConditions = typeof conditions === 'string' && conditions !== '';
      const used = withConditions
        ? (() => {
            const r = readConditions(conditions);
            return r.ok ? new Set(r.names.map(conditionKey)) : new Set<string>();
          })()
        : null;
      for (const { dep, i: j } of dependenciesOf(s)) {
        const name = text(dep.name);
        if (name === '' || (used !== null && !used.has(conditionKey(name)))) continue;
        // sensorStructure already warns about names outside [A-Za-z0-9_-] or starting with a digit.
        if (!/^[A-Za-z_-][A-Za-z0-9_-]*$/.test(name)) continue;
        const problem = dependencyNameProblem(name, withConditions);
        if (problem === null) continue;
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.dependency-name',
            'warning',
            `dependency ${quote(name)} cannot be used by trigger ${quote(text(template.name))}: ${problem}; the sensor logs an error and never starts that trigger`,
            ['spec', 'dependencies', j, 'name'],
          ),
        );
      }
      if (withConditions) {
        const reading = readConditions(conditions);
        if (!reading.ok) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-invalid',
              'error',
              `conditions ${quote(conditions)}: ${reading.error}; the trigger would never start`,
              [...base, 'conditions'],
            ),
          );
        } else {
          for (const name of reading.names) {
            if (deps.has(conditionKey(name))) continue;
            const hint =
              /and|or/.test(name) && !deps.has(name)
                ? ' (spaces are removed, so "a and b" reads as "aandb"; use && and ||)'
                : '';
            out.push(
              diag(
                ctx,
                s,
                'sensor.trigger.conditions-unknown-dependency',
                'error',
                `conditions name ${quote(name)}, which is not a dependency of this sensor${hint}; the trigger would never start`,
                [...base, 'conditions'],
              ),
            );
          }
        }
      }
    }
  }
  return out;
};
