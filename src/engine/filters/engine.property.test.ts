import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzOptions, jsonValue } from '../../test/fuzz';
import type { SensorEvent } from '../event';
import { filterEvent } from './filterEvent';
import { applyParameters, constructPayload } from '../params/parameters';
import { compileDependencyExpression } from '../conditions/dependencyExpression';
import { renderTrigger } from '../triggers/renderTrigger';

const context = fc.record({
  id: fc.string({ maxLength: 8 }),
  source: fc.string({ maxLength: 8 }),
  specversion: fc.constant('1.0'),
  type: fc.constantFrom('webhook', 'calendar', 'github', ''),
  subject: fc.string({ maxLength: 8 }),
  time: fc.oneof(fc.constant('2026-01-01T09:00:00Z'), fc.string({ maxLength: 25 })),
  datacontenttype: fc.constantFrom('application/json', 'text/plain', ''),
});

/** Event data as the engine receives it: JSON of any shape, or text that is not JSON at all. */
const event: fc.Arbitrary<SensorEvent> = fc.record({
  context,
  data: fc.oneof(
    jsonValue.map((v) => JSON.stringify({ body: v, header: {} })),
    jsonValue.map((v) => JSON.stringify(v) ?? 'null'),
    fc.string({ maxLength: 60 }),
    fc.constant(null),
  ),
});

const path = fc.oneof(
  fc.constantFrom(
    'body',
    'body.project',
    'body.a.#',
    'body.list.0',
    'header.X-Token',
    '..',
    '#(',
    '@this',
    'body|@reverse',
    'a\\.b',
  ),
  fc.string({ maxLength: 12 }),
);
const comparator = fc.constantFrom('=', '!=', '>', '<', '>=', '<=', '', '=~', 'bogus');
const dataFilter = fc.record(
  {
    path,
    type: fc.constantFrom('string', 'number', 'bool', 'null', 'bogus', ''),
    value: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    comparator,
    template: fc.option(
      fc.constantFrom('{{ .Input }}', '{{ upper .Input }}', '{{', '{{ range . }}{{ end }}'),
      { nil: undefined },
    ),
  },
  { requiredKeys: ['path'] },
);
const exprFilter = fc.record({
  expr: fc.oneof(
    fc.constantFrom('a == "x"', 'a > 1 && b', '(', 'a =~ "[" ', 'a in (1, 2)', ''),
    fc.string({ maxLength: 20 }),
  ),
  fields: fc.array(fc.record({ name: fc.constantFrom('a', 'b', ''), path }), { maxLength: 2 }),
});
const filters = fc.oneof(
  jsonValue,
  fc.record(
    {
      data: fc.array(dataFilter, { maxLength: 3 }),
      exprs: fc.array(exprFilter, { maxLength: 2 }),
      context: fc.dictionary(
        fc.constantFrom('type', 'source', 'subject'),
        fc.string({ maxLength: 6 }),
      ),
      time: fc.record({
        start: fc.constantFrom('09:00:00', '25:00:00', 'x', ''),
        stop: fc.constantFrom('17:00:00', '00:00:00', ''),
      }),
      script: fc.constantFrom(
        'if event.body then return true end return false',
        'while true do end',
        'return',
        'error("x")',
        'os.exit()',
        'return event.nope.deeper',
      ),
      dataLogicalOperator: fc.constantFrom('and', 'or', 'xor', ''),
      exprLogicalOperator: fc.constantFrom('and', 'or', ''),
    },
    { requiredKeys: [] },
  ),
);

const param = fc.oneof(
  jsonValue,
  fc.record(
    {
      src: fc.record(
        {
          dependencyName: fc.constantFrom('dep', 'other', ''),
          dataKey: fc.option(path, { nil: undefined }),
          contextKey: fc.option(fc.constantFrom('type', 'id', 'nope'), { nil: undefined }),
          dataTemplate: fc.option(
            fc.constantFrom(
              '{{ .Input.body }}',
              '{{ .Input.body.project | upper }}',
              '{{',
              '{{ template "x" }}',
            ),
            { nil: undefined },
          ),
          value: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
          useRawData: fc.option(fc.boolean(), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
      dest: fc.oneof(
        fc.constantFrom(
          'spec.arguments.parameters.0.value',
          'metadata.name',
          'a.-1',
          'a..b',
          '',
          'spec.x\\.y',
        ),
        fc.string({ maxLength: 12 }),
      ),
      operation: fc.constantFrom('overwrite', 'append', 'prepend', 'bogus', undefined),
    },
    { requiredKeys: ['dest'] },
  ),
);

describe('engine filters, parameters and conditions (property tests)', () => {
  it('filters never throw and always say why', () => {
    fc.assert(
      fc.property(filters, fc.constantFrom('and', 'or', undefined, 'x'), event, (f, op, e) => {
        const out = filterEvent(f, op, e, Date.UTC(2026, 0, 1, 9));
        expect(typeof out.pass).toBe('boolean');
        expect(typeof out.reason).toBe('string');
      }),
      fuzzOptions(6000),
    );
  });

  it('parameters never throw, and a failure is a message', () => {
    fc.assert(
      fc.property(jsonValue, fc.array(param, { maxLength: 4 }), event, (target, params, e) => {
        const events = { dep: e };
        const applied = applyParameters(target, params, events, 0);
        if (applied.ok) expect(() => JSON.parse(applied.json)).not.toThrow();
        else expect(typeof applied.error).toBe('string');
        constructPayload(params, events, 0);
      }),
      fuzzOptions(5000),
    );
  });

  it('conditions never throw on any expression', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[a-z&|() !-]{0,30}$/)),
        (conditions) => {
          compileDependencyExpression(conditions, ['a', 'b', 'a-b']);
        },
      ),
      fuzzOptions(),
    );
  });

  it('rendering any trigger never throws', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('name', 'log', 'http', 'k8s', 'argoWorkflow', 'parameters', 'conditions'),
          jsonValue,
          { maxKeys: 4 },
        ),
        event,
        (template, e) => {
          renderTrigger('s', { template, parameters: [] }, { dep: e }, 0);
        },
      ),
      fuzzOptions(),
    );
  });
});
