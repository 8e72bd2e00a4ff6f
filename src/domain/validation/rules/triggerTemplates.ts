import { TRIGGER_TYPES, type TriggerType } from '../../catalog/triggerTypes';
import { FieldCheck } from '../fieldCheck';
import { diag, obj, quote, sensors, text, triggerTree, type Rule } from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';
import { TRIGGER_TYPE_RULES } from './triggers/triggerTypeRules';

/** Fields renamed upstream that older manifests (and tutorials) still use: old name → current. */
const RENAMED: Record<string, Record<string, string>> = { http: { serverURL: 'url' } };

/**
 * Trigger templates (pkg/reconciler/sensor/validate.go validateTriggerTemplate), for each trigger
 * and, recursively, its dlqTrigger: a dlqTrigger needs a template name; every trigger type that is
 * set gets its type's rules (the controller checks them all, though only the first one runs); a
 * template with no known type is accepted and does nothing (a warning).
 */
export const triggerTemplates: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const t of triggerTree(s)) {
      const { template, name } = t;
      const base: ValuePath = [...t.path, 'template'];
      if (t.parent && text(template.name) === '') {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-name',
            'error',
            `${name} needs template.name`,
            obj(t.trigger.template) ? base : t.path,
          ),
        );
      }
      const types = TRIGGER_TYPES.filter((k) => template[k] !== undefined && template[k] !== null);
      if (types.length === 0) {
        const unknown = Object.keys(template).filter(
          (k) => !['name', 'conditions', 'conditionsReset'].includes(k),
        );
        const hint = unknown.length
          ? ` (${unknown.map(quote).join(', ')} is not one; check the spelling)`
          : '';
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.missing-type',
            'warning',
            `trigger ${quote(name)} sets no trigger type${hint}, so it never does anything; use one of ${TRIGGER_TYPES.join(', ')}`,
            base,
          ),
        );
        continue;
      }
      if (types.length > 1) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.trigger.multiple-types',
            'warning',
            `trigger ${quote(name)} sets ${types.join(', ')}; only ${types[0]} runs (each is still checked)`,
            [...base, types[1] ?? ''],
            'key',
          ),
        );
      }
      for (const type of types) checkType(type, [...base, type]);

      function checkType(type: TriggerType, p: ValuePath): void {
        const spec = obj(template[type]);
        if (!spec) return; // not a mapping: the schema check says so
        for (const [old, current] of Object.entries(RENAMED[type] ?? {})) {
          if (spec[old] !== undefined && spec[current] === undefined) {
            out.push(
              diag(
                ctx,
                s,
                'sensor.trigger.renamed-field',
                'warning',
                `${old} is the old name of ${current}; rename it, current controllers require ${current}`,
                [...p, old],
                'key',
              ),
            );
          }
        }
        const check = new FieldCheck(
          'sensor.trigger',
          type,
          `${type} trigger ${quote(name)}`,
          name,
          spec,
        );
        TRIGGER_TYPE_RULES[type](check);
        for (const f of check.findings)
          out.push(diag(ctx, s, f.code, f.severity, f.message, [...p, ...f.path], f.target));
      }
    }
  }
  return out;
};
