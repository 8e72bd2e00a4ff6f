import { cronNeverFires, parseCronSpec } from '../../cron/cronSpec';
import { loadsAsGoLocation } from '../../cron/goLocation';
import { diag, list, obj, present, quote, sensors, text, triggerTree, type Rule } from '../ruleKit';
import type { Diagnostic } from '../diagnostic';

/**
 * `conditionsReset` of each trigger and dlqTrigger (pkg/reconciler/sensor/validate.go
 * validateTriggerTemplate, pkg/sensors/listener.go): every entry needs `byTime`; its cron is read by
 * robfig/cron with Minute|Hour|Dom|Month|Dow (five fields, `CRON_TZ=` allowed, no `@daily`); its
 * timezone must load. A cron that matches no date is accepted and never resets (a warning).
 */
export const conditionsReset: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const t of triggerTree(s)) {
      list(t.template.conditionsReset).forEach((entry, j) => {
        const path = [...t.path, 'template', 'conditionsReset', j];
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
        const read = parseCronSpec(cron);
        if (!read.ok) {
          const descriptor = read.error.message.includes('descriptors');
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-reset-invalid',
              'error',
              `cron ${quote(cron)} is not one the sensor reads: ${read.error.message}${descriptor ? ' (write five fields, e.g. "0 0 * * *" for @daily)' : ''}`,
              present(byTime.cron) ? [...path, 'byTime', 'cron'] : [...path, 'byTime'],
            ),
          );
        } else if (cronNeverFires(read.schedule)) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.trigger.conditions-reset-never-fires',
              'warning',
              `cron ${quote(cron)} matches no date, so the conditions are never reset`,
              [...path, 'byTime', 'cron'],
            ),
          );
        }
        const tz = text(byTime.timezone);
        if (!loadsAsGoLocation(tz)) {
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
