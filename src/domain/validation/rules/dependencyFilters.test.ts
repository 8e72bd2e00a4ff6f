import { describe, expect, it } from 'vitest';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../../test/builders';
import { validateText } from '../validate';

const codes = (text: string) =>
  validateText('d.yaml', text)
    .filter((d) => d.code !== 'eventsource.webhook.not-exposed')
    .map((d) => `${d.severity} ${d.code}`);
const withFilters = (yaml: string) =>
  design(
    BUS,
    WEBHOOK_SOURCE,
    SENSOR.replace('      eventName: build\n', `      eventName: build\n${yaml}`),
  );

// pkg/reconciler/sensor/validate.go validateEventFilter; pkg/sensors/dependencies/filter.go.
describe('dependencyFilters', () => {
  it('checks data filters', () => {
    const c = codes(
      withFilters(
        '      filters:\n        data:\n          - path: body.x\n            type: text\n            value: [""]\n            comparator: "=="\n          - type: string\n',
      ),
    );
    expect(c).toEqual(
      expect.arrayContaining([
        'warning sensor.filter.data.invalid-type',
        'error sensor.filter.data.empty-value',
        'error sensor.filter.data.invalid-comparator',
        'error sensor.filter.data.missing-path',
        'error sensor.filter.data.missing-value',
      ]),
    );
  });
  it('warns about filters that silently never match', () => {
    const c = codes(
      withFilters(
        '      filters:\n        data:\n          - path: body.x\n            type: string\n            value: [a]\n            comparator: ">"\n          - path: body.y\n            type: string\n            value: [a, b]\n            comparator: "!="\n',
      ),
    );
    expect(c).toEqual([
      'warning sensor.filter.data.string-order',
      'warning sensor.filter.data.not-equal-list',
    ]);
    expect(codes(withFilters('      filtersLogicalOperator: or\n      filters: {}\n'))).toEqual([
      'warning sensor.filter.or-empty',
    ]);
  });
  it('checks expr filters', () => {
    const c = codes(
      withFilters(
        '      filters:\n        exprs:\n          - expr: a > 1\n            fields: []\n          - fields:\n              - name: my-field\n                path: body.a\n',
      ),
    );
    expect(c).toEqual(
      expect.arrayContaining([
        'error sensor.filter.expr.missing-fields',
        'error sensor.filter.expr.missing-expr',
        'warning sensor.filter.expr.field-name',
      ]),
    );
  });
  it('accepts complete filters of every family', () => {
    expect(
      codes(
        withFilters(
          '      filters:\n        data: [{path: body.x, type: number, value: ["5"], comparator: ">="}]\n        exprs: [{expr: a > 1, fields: [{name: a, path: body.a}]}]\n        context: {type: webhook}\n        time: {start: "09:00:00", stop: "17:00:00"}\n        dataLogicalOperator: or\n',
        ),
      ),
    ).toEqual([]);
  });
  it('checks context and time filters and operators', () => {
    expect(codes(withFilters('      filters:\n        context:\n          id: x\n'))).toEqual([
      'error sensor.filter.context.empty',
    ]);
    const t = codes(
      withFilters(
        '      filters:\n        time:\n          start: "09:00"\n          stop: "24:00:00"\n          timezone: Mars/Olympus\n',
      ),
    );
    expect(t).toEqual([
      'error sensor.filter.time.invalid-time',
      'error sensor.filter.time.invalid-time',
      'error sensor.filter.time.invalid-timezone',
    ]);
    expect(
      codes(withFilters('      filters:\n        time: {start: "9:00:00", stop: "09:00:00"}\n')),
    ).toEqual(['error sensor.filter.time.empty-window']);
    expect(
      codes(
        withFilters(
          '      filters:\n        time: {start: "22:00:00", stop: "02:00:00", timezone: Europe/Berlin}\n',
        ),
      ),
    ).toEqual([]);
    expect(codes(withFilters('      filtersLogicalOperator: xor\n'))).toContain(
      'error sensor.filter.invalid-operator',
    );
  });
});
