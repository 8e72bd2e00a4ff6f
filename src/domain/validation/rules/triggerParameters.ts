import { closest } from '../../../lib/editDistance';
import { TRIGGER_TYPES } from '../../catalog/triggerTypes';
import {
  diag,
  dependenciesOf,
  isSet,
  list,
  obj,
  quote,
  sensors,
  text,
  triggerTree,
  type Rule,
  type RuleContext,
} from '../ruleKit';
import type { Diagnostic, Severity, ValuePath } from '../diagnostic';
import { PARAMETERS_VALIDATED, PAYLOAD_VALIDATED } from './triggers/triggerTypeRules';
import type { ManifestEntry } from '../../design/design';

const OPERATIONS = ['', 'overwrite', 'append', 'prepend'];

/**
 * Trigger parameters (pkg/reconciler/sensor/validate.go validateTriggerParameter): each needs
 * `src.dependencyName` and a `dest` (an http payload may leave `dest` empty), and a known operation.
 * The controller checks the trigger's own `parameters`, each set type's `parameters` for k8s,
 * argoWorkflow, http, awsLambda, slack, openWhisk, custom and email, and `payload` for http,
 * awsLambda, kafka, nats and openWhisk; elsewhere the same mistakes are warnings (the parameter
 * fails when the trigger fires). A dependencyName the sensor does not declare is a warning: the
 * parameter is always skipped (or uses its `value`). dlqTriggers are checked like triggers.
 */
export const triggerParameters: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    const deps = new Set(dependenciesOf(s).map(({ dep }) => text(dep.name)));
    for (const { trigger, template, path } of triggerTree(s)) {
      checkList(ctx, s, trigger.parameters, [...path, 'parameters'], deps, true, 'error', out);
      for (const type of TRIGGER_TYPES) {
        const spec = obj(template[type]);
        if (!spec) continue;
        const p = [...path, 'template', type];
        const params = PARAMETERS_VALIDATED.has(type) ? 'error' : 'warning';
        const payload = PAYLOAD_VALIDATED.has(type) ? 'error' : 'warning';
        checkList(ctx, s, spec.parameters, [...p, 'parameters'], deps, true, params, out);
        checkList(ctx, s, spec.payload, [...p, 'payload'], deps, type !== 'http', payload, out);
        checkList(
          ctx,
          s,
          spec.dynamicHeaders,
          [...p, 'dynamicHeaders'],
          deps,
          true,
          'warning',
          out,
        );
      }
    }
  }
  return out;
};

function checkList(
  ctx: RuleContext,
  s: ManifestEntry,
  params: unknown,
  path: ValuePath,
  deps: Set<string>,
  destRequired: boolean,
  severity: Severity,
  out: Diagnostic[],
): void {
  list(params).forEach((raw, j) => {
    const p: ValuePath = [...path, j];
    const param = obj(raw) ?? {};
    const src = obj(param.src);
    if (!src) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.parameter.missing-src',
          severity,
          'a parameter needs src: {dependencyName, dataKey…}',
          p,
        ),
      );
    } else if (!isSet(src.dependencyName)) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.parameter.missing-dependency',
          severity,
          'a parameter needs src.dependencyName',
          [...p, 'src'],
        ),
      );
    } else if (!deps.has(text(src.dependencyName))) {
      const suggestion = closest(text(src.dependencyName), [...deps]);
      const d = diag(
        ctx,
        s,
        'sensor.parameter.unknown-dependency',
        'warning',
        `src.dependencyName ${quote(text(src.dependencyName))} is not a dependency of this sensor, so this parameter never gets an event${isSet(src.value) ? ' and always uses its value' : ' and is skipped'}${suggestion ? `; did you mean ${quote(suggestion)}? Copy the name rather than retyping it` : ''}`,
        [...p, 'src', 'dependencyName'],
      );
      if (suggestion)
        d.fix = {
          title: `Use dependency "${suggestion}"`,
          kind: 'set',
          resource: { kind: 'Sensor', name: s.name, namespace: s.namespace },
          path: [...p, 'src', 'dependencyName'],
          value: suggestion,
        };
      out.push(d);
    }
    if (destRequired && !isSet(param.dest)) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.parameter.missing-dest',
          severity,
          'a parameter needs a dest path (where the value is written)',
          p,
        ),
      );
    }
    if (param.operation !== undefined && !OPERATIONS.includes(text(param.operation))) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.parameter.invalid-operation',
          severity,
          `operation must be overwrite, append or prepend (got ${JSON.stringify(param.operation)})`,
          [...p, 'operation'],
        ),
      );
    }
  });
}
