import {
  diag,
  dependenciesOf,
  isSet,
  list,
  obj,
  quote,
  sensors,
  text,
  type Rule,
} from '../ruleKit';
import type { Diagnostic, ValuePath } from '../diagnostic';
import type { ManifestEntry } from '../../design/design';
import type { RuleContext } from '../ruleKit';
import { isValidTimeZone } from './timeZones';

const COMPARATORS = ['', '=', '!=', '>', '>=', '<', '<='];
const DATA_TYPES = ['string', 'number', 'bool'];
const OPERATORS = ['', 'and', 'or'];
/** Go time.Parse("15:04:05"): 1- or 2-digit hour up to 23, two-digit minutes and seconds. */
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/**
 * Dependency filter rules from the controller (pkg/reconciler/sensor/validate.go validateEventFilter,
 * SEMANTICS §6.4) plus warnings for filters that are accepted but do not do what they seem to (§2,
 * §8; an unknown data type fails in pkg/sensors/dependencies/filter.go filterData).
 */
export const dependencyFilters: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const s of sensors(ctx)) {
    for (const { dep, i } of dependenciesOf(s)) {
      const base: ValuePath = ['spec', 'dependencies', i];
      const op = dep.filtersLogicalOperator;
      if (op !== undefined && !OPERATORS.includes(text(op))) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.filter.invalid-operator',
            'error',
            `filtersLogicalOperator must be "and" or "or" (got ${JSON.stringify(op)})`,
            [...base, 'filtersLogicalOperator'],
          ),
        );
      }
      const filters = obj(dep.filters);
      if (!filters) continue;
      const f: ValuePath = [...base, 'filters'];
      if (op === 'or' && Object.keys(filters).filter((k) => isSet(filters[k])).length === 0) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.filter.or-empty',
            'warning',
            'filters is empty with filtersLogicalOperator "or": no family is set, so nothing passes',
            f,
          ),
        );
      }
      for (const key of ['dataLogicalOperator', 'exprLogicalOperator']) {
        if (filters[key] !== undefined && !OPERATORS.includes(text(filters[key]))) {
          out.push(
            diag(
              ctx,
              s,
              'sensor.filter.invalid-operator',
              'error',
              `${key} must be "and" or "or" (got ${JSON.stringify(filters[key])})`,
              [...f, key],
            ),
          );
        }
      }
      checkData(ctx, s, filters, f, out);
      checkExprs(ctx, s, filters, f, out);
      checkContext(ctx, s, filters, f, out);
      checkTime(ctx, s, filters, f, out);
    }
  }
  return out;
};

function checkData(
  ctx: RuleContext,
  s: ManifestEntry,
  filters: Record<string, unknown>,
  f: ValuePath,
  out: Diagnostic[],
): void {
  list(filters.data).forEach((raw, j) => {
    const p: ValuePath = [...f, 'data', j];
    const d = obj(raw) ?? {};
    if (!isSet(d.path))
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.missing-path',
          'error',
          `data filter #${j + 1} needs a path`,
          p,
        ),
      );
    if (!isSet(d.type))
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.missing-type',
          'error',
          `data filter #${j + 1} needs a type: string, number or bool`,
          p,
        ),
      );
    else if (!DATA_TYPES.includes(text(d.type)))
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.invalid-type',
          'warning',
          `data filter type must be string, number or bool (got ${JSON.stringify(d.type)}); the controller accepts it, but the filter fails every event ("unsupported JSON type")`,
          [...p, 'type'],
        ),
      );
    const values = list(d.value);
    if (values.length === 0)
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.missing-value',
          'error',
          `data filter #${j + 1} needs at least one value`,
          p,
        ),
      );
    values.forEach((v, k) => {
      if (v === '' || v === null)
        out.push(
          diag(
            ctx,
            s,
            'sensor.filter.data.empty-value',
            'error',
            'data filter values must not be empty',
            [...p, 'value', k],
          ),
        );
    });
    const cmp = d.comparator;
    if (cmp !== undefined && !COMPARATORS.includes(text(cmp))) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.invalid-comparator',
          'error',
          `comparator must be one of >=, >, =, !=, <, <= (got ${JSON.stringify(cmp)})`,
          [...p, 'comparator'],
        ),
      );
    } else if (d.type === 'string' && ['>', '>=', '<', '<='].includes(text(cmp))) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.string-order',
          'warning',
          `comparator ${quote(text(cmp))} on a string filter is always false; string values are regular expressions matched with = or !=`,
          [...p, 'comparator'],
        ),
      );
    } else if (d.type === 'bool' && isSet(cmp) && cmp !== '=') {
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.bool-comparator',
          'warning',
          `bool filters ignore the comparator ${quote(text(cmp))}; they always test equality`,
          [...p, 'comparator'],
        ),
      );
    }
    if (d.comparator === '!=' && values.length > 1) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.data.not-equal-list',
          'warning',
          '!= with several values passes when the data differs from any one of them, which is almost always; use one anchored value such as ^(a|b)$',
          [...p, 'value'],
        ),
      );
    }
  });
}

function checkExprs(
  ctx: RuleContext,
  s: ManifestEntry,
  filters: Record<string, unknown>,
  f: ValuePath,
  out: Diagnostic[],
): void {
  list(filters.exprs).forEach((raw, j) => {
    const p: ValuePath = [...f, 'exprs', j];
    const e = obj(raw) ?? {};
    if (!isSet(e.expr))
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.expr.missing-expr',
          'error',
          `expr filter #${j + 1} needs an expr`,
          p,
        ),
      );
    const fields = list(e.fields);
    if (fields.length === 0)
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.expr.missing-fields',
          'error',
          `expr filter #${j + 1} needs at least one field {name, path}`,
          p,
        ),
      );
    fields.forEach((rf, k) => {
      const field = obj(rf) ?? {};
      if (!isSet(field.name) || !isSet(field.path)) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.filter.expr.incomplete-field',
            'error',
            'each expr field needs a name and a path',
            [...p, 'fields', k],
          ),
        );
      } else if (/[-.]/.test(text(field.name))) {
        out.push(
          diag(
            ctx,
            s,
            'sensor.filter.expr.field-name',
            'warning',
            `field name ${quote(text(field.name))} holds - or ., which the expression reads as subtraction or a struct accessor; use a plain name`,
            [...p, 'fields', k, 'name'],
          ),
        );
      }
    });
  });
}

function checkContext(
  ctx: RuleContext,
  s: ManifestEntry,
  filters: Record<string, unknown>,
  f: ValuePath,
  out: Diagnostic[],
): void {
  if (filters.context === undefined || filters.context === null) return;
  const c = obj(filters.context) ?? {};
  if (!['type', 'subject', 'source', 'datacontenttype'].some((k) => isSet(c[k]))) {
    out.push(
      diag(
        ctx,
        s,
        'sensor.filter.context.empty',
        'error',
        'a context filter needs at least one of type, subject, source or datacontenttype',
        [...f, 'context'],
      ),
    );
  }
}

function checkTime(
  ctx: RuleContext,
  s: ManifestEntry,
  filters: Record<string, unknown>,
  f: ValuePath,
  out: Diagnostic[],
): void {
  if (filters.time === undefined || filters.time === null) return;
  const t = obj(filters.time) ?? {};
  const p: ValuePath = [...f, 'time'];
  for (const key of ['start', 'stop']) {
    if (!CLOCK.test(text(t[key]))) {
      out.push(
        diag(
          ctx,
          s,
          'sensor.filter.time.invalid-time',
          'error',
          `time filter ${key} must be HH:MM:SS, e.g. 09:00:00 (got ${JSON.stringify(t[key] ?? null)})`,
          [...p, key],
        ),
      );
    }
  }
  if (CLOCK.test(text(t.start)) && seconds(text(t.start)) === seconds(text(t.stop))) {
    out.push(
      diag(
        ctx,
        s,
        'sensor.filter.time.empty-window',
        'error',
        'time filter start and stop are equal; the controller rejects this',
        p,
      ),
    );
  }
  if (isSet(t.timezone) && !isValidTimeZone(text(t.timezone))) {
    out.push(
      diag(
        ctx,
        s,
        'sensor.filter.time.invalid-timezone',
        'error',
        `unknown timezone ${quote(text(t.timezone))}; use an IANA name such as Europe/Berlin`,
        [...p, 'timezone'],
      ),
    );
  }
}

function seconds(hms: string): number {
  const [h, m, sec] = hms.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (sec ?? 0);
}
