import { closest } from '../../../lib/editDistance';
import { triggerTypeOf } from '../../graph/resourceParts';
import {
  diag,
  dependenciesOf,
  isSet,
  list,
  obj,
  quote,
  sensors,
  text,
  triggersOf,
  type Rule,
  type RuleContext,
} from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';
import type { ManifestEntry } from '../../design/design';

const OPERATIONS = ['', 'overwrite', 'append', 'prepend'];

/**
 * Trigger parameters (SEMANTICS §4, §6.4): each needs `src.dependencyName` and a `dest` (except in an
 * http payload), and a known operation. A dependencyName the sensor does not declare is a warning:
 * the controller accepts it, but the parameter is always skipped (or uses its `value`).
 */
export const triggerParameters: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    const deps = new Set(dependenciesOf(s).map(({ dep }) => text(dep.name)));
    for (const { trigger, template, i } of triggersOf(s)) {
      const base: ValuePath = ['spec', 'triggers', i];
      checkList(ctx, s, trigger.parameters, [...base, 'parameters'], deps, true, out);
      const type = triggerTypeOf(trigger);
      const spec = type ? obj(template[type]) : null;
      if (type && spec) {
        checkList(
          ctx,
          s,
          spec.parameters,
          [...base, 'template', type, 'parameters'],
          deps,
          true,
          out,
        );
        checkList(
          ctx,
          s,
          spec.payload,
          [...base, 'template', type, 'payload'],
          deps,
          type !== 'http',
          out,
        );
        checkList(
          ctx,
          s,
          spec.dynamicHeaders,
          [...base, 'template', type, 'dynamicHeaders'],
          deps,
          true,
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
          'error',
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
          'error',
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
          'error',
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
          'error',
          `operation must be overwrite, append or prepend (got ${JSON.stringify(param.operation)})`,
          [...p, 'operation'],
        ),
      );
    }
  });
}
