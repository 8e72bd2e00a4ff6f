import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { exprProblem } from './eventSourceFilter';

const source = (type: string, config: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: src}\nspec:\n  ${type}:\n    ev:\n${config}`;
const HOOK = (expression: string) =>
  source(
    'webhook',
    `      port: "12000"\n      endpoint: /hook\n      method: POST\n      filter:\n        expression: ${JSON.stringify(expression)}\n`,
  );
const codes = (text: string) =>
  validateText('d.yaml', text).filter((d) => d.code.startsWith('eventsource.filter.'));

// pkg/eventsources/eventing.go filterEvent → pkg/shared/expr EvalBool (expr v1.15.5 Compile).
describe('eventSourceFilter', () => {
  it('is quiet on expressions that compile', () => {
    expect(
      codes(HOOK('body.amount > 100 && header["Content-Type"][0] == "application/json"')),
    ).toEqual([]);
    expect(
      codes(HOOK('all(body.items, {.qty > 0}) and sprig.upper(body.id) startsWith "A"')),
    ).toEqual([]);
  });

  it('reports a syntax error with its line and column in the expression, on the expression', () => {
    const [d, ...rest] = codes(HOOK('body.amount >'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'eventsource.filter.expression-invalid', severity: 'warning' });
    expect(d!.message).toContain('unexpected token EOF at line 1, column 13 of the expression');
    expect(d!.message).toContain('drops every event');
    expect(d!.range?.line).toBe(11);
  });

  it('reports what the type checker and the regexp compiler refuse before any event arrives', () => {
    expect(exprProblem('1 + "a"')?.message).toBe(
      'invalid operation: + (mismatched types int and string)',
    );
    expect(exprProblem('type == "message"')?.message).toMatch(/mismatched types func/);
    expect(exprProblem('body.id matches "("')?.message).toMatch(/error parsing regexp/);
    expect(exprProblem('# > 1')?.message).toBe('cannot use pointer accessor outside closure');
    expect(exprProblem('body.x ?? 1 + 2')?.message).toMatch(/cannot be mixed/);
  });

  it('says the expression is ignored on minio, storageGrid, stripe and resource', () => {
    const minio = source(
      'minio',
      '      bucket: {name: b}\n      endpoint: m:9000\n      events: [s3:ObjectCreated:Put]\n      accessKey: {name: a, key: a}\n      secretKey: {name: a, key: b}\n      filter: {prefix: a/, expression: "true"}\n',
    );
    const [d] = codes(minio);
    expect(d).toMatchObject({ code: 'eventsource.filter.expression-ignored', severity: 'warning' });
  });
});
