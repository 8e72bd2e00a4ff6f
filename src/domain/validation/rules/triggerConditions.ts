import { Cron } from 'croner';
import { conditionKey, dependencyNameProblem, readConditions } from '../../sensor/conditionNames';
import {
  diag,
  dependenciesOf,
  list,
  obj,
  quote,
  sensors,
  text,
  triggersOf,
  type Rule,
} from '../ruleKit';
import type { Diagnostic } from '../diagnostic';
import { isValidTimeZone } from './timeZones';

/**
 * `conditions` must parse (only names, &&, || and parentheses) and name only this sensor's
 * dependencies (`-` and `_` are the same); otherwise the trigger never starts (SEMANTICS §3.1).
 * A dependency name the sensor's expression libraries cannot read (pkg/sensors/listener.go: expr
 * builtins and keywords inside `conditions`; for govaluate a first character that is not a letter,
 * or `.` and other operator characters) also stops the trigger; the controller accepts it, so it
 * is a warning.
 * `conditionsReset` entries need `byTime` with a 5-field cron and a known timezone (§3.3).
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
      list(template.conditionsReset).forEach((entry, j) => {
        const path = [...base, 'conditionsReset', j];
        const byTime = obj(obj(entry)?.byTime);
        if (!byTime) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-reset-invalid',
              'error',
              'conditionsReset entry needs byTime: {cron: "…"}',
              path,
            ),
          );
          return;
        }
        const cron = text(byTime.cron);
        if (!isValidCron(cron)) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-reset-invalid',
              'error',
              `cron ${quote(cron)} is not a valid 5-field cron (minute hour day-of-month month day-of-week)`,
              [...path, 'byTime', 'cron'],
            ),
          );
        }
        const tz = text(byTime.timezone);
        if (tz && !isValidTimeZone(tz)) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-reset-invalid',
              'error',
              `unknown timezone ${quote(tz)}; use an IANA name such as America/New_York`,
              [...path, 'byTime', 'timezone'],
            ),
          );
        }
      });
    }
  }
  return out;
};

export function isValidCron(cron: string): boolean {
  const fields = cron.trim().split(/\s+/);
  if (cron.trim() === '' || (fields.length !== 5 && !cron.trim().startsWith('@'))) return false;
  try {
    new Cron(cron.trim(), { paused: true });
    return true;
  } catch {
    return false;
  }
}
