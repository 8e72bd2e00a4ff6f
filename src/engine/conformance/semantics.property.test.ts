import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzOptions } from '../../test/fuzz';
import { compileDependencyExpression } from '../conditions/dependencyExpression';
import { emptyTriggerState, processTriggerEvent } from '../conditions/triggerState';
import type { SensorEvent } from '../event';
import { evaluateExpression, parseExpression } from '../govaluate/govaluate';
import { gjsonEscape, gjsonGet, resultString } from '../json/gjson';
import { formatFloatF } from '../json/goNumbers';
import { sjsonSetRaw } from '../json/sjson';
import { isValidJson } from '../json/jsonScan';
import { runScriptFilter } from '../lua/luaScripts';
import { luaNumberString } from '../lua/luaNumbers';
import { renderTemplate } from '../template/goTemplate';
import { fromJson } from '../template/values';

// A seeded randomised cross-check of properties the upstream code guarantees, so the next
// disagreement is found here rather than by a user (issue 20).

const key = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const scalar = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
);
const json = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(key, scalar, { maxKeys: 3 }),
);

describe('semantics properties', () => {
  // tidwall/sjson SetRaw then tidwall/gjson Get: the value written is the value read back.
  it('sjson.SetRaw then gjson.Get reads back what was written', () => {
    fc.assert(
      fc.property(
        fc.array(key, { minLength: 1, maxLength: 3 }),
        json,
        fc.dictionary(key, scalar),
        (parts, value, doc) => {
          const raw = JSON.stringify(value);
          const path = parts.join('.');
          const set = sjsonSetRaw(JSON.stringify(doc), path, raw);
          if (!set.ok) return;
          expect(isValidJson(set.json)).toBe(true);
          expect(gjsonGet(set.json, path).raw).toBe(raw);
        },
      ),
      fuzzOptions(),
    );
  });

  // Any key text, including gjson syntax (`.`, `*`, `|`, `#`, `@x`, `!true`, `[`, `..`), JSON
  // escapes and non-ASCII: gjson.Escape(key) reads exactly that member (gjson.go Escape and
  // parseObjectPath's escape mode), and sjson writes it through the same escapes (sjson.go
  // parsePath keeps any escaped character; only a leading ':' needs its own backslash).
  const anyKey = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.constantFrom(
      '',
      '.',
      '..a',
      '*',
      'a?',
      '#',
      '@this',
      '@reverse',
      '!true',
      '[a]',
      '{a}',
      'a|b',
      '\\',
      'a\\',
      ':1',
      '-1',
      '0',
    ),
  );
  it('gjson.Escape reads any key back, and sjson writes through the same escapes', () => {
    fc.assert(
      fc.property(anyKey, scalar, fc.dictionary(key, scalar), (k, value, doc) => {
        const raw = JSON.stringify(value);
        const text = JSON.stringify({ ...doc, [k]: value });
        expect(gjsonGet(text, gjsonEscape(k)).raw).toBe(raw);
        if (k === '') return;
        const dest = (k.startsWith(':') ? '\\' : '') + gjsonEscape(k);
        const set = sjsonSetRaw(JSON.stringify(doc), dest, raw);
        expect(set.ok).toBe(true);
        if (!set.ok) return;
        expect(isValidJson(set.json)).toBe(true);
        expect(JSON.parse(set.json)).toEqual(JSON.parse(JSON.stringify({ ...doc, [k]: value })));
      }),
      fuzzOptions(),
    );
  });

  // gjson's unescape decodes every escape JSON.stringify writes for well-formed text, and
  // Result.String() of a number is its text when it is an integer, else FormatFloat(f, 'f', -1)
  // (which reads back as the same float64).
  it('gjson decodes JSON strings and prints numbers as Result.String()', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        (s, f, n) => {
          expect(gjsonGet(JSON.stringify({ s }), 's').str).toBe(s);
          const text = JSON.stringify(f);
          const num = resultString(gjsonGet(`{"f":${text}}`, 'f'));
          expect(num).toBe(/^-?\d+$/.test(text) ? text : formatFloatF(f));
          expect(Number(num)).toBe(Number(text));
          expect(resultString(gjsonGet(`{"n":${n}}`, 'n'))).toBe(String(n));
        },
      ),
      fuzzOptions(),
    );
  });

  // gjson `#` is the element count, `N` the N-th element, `#.k` one value per element that has k.
  it('gjson counts, indexes and maps arrays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(key, scalar, { maxKeys: 2 }), { maxLength: 5 }),
        key,
        (arr, k) => {
          const text = JSON.stringify({ a: arr });
          expect(gjsonGet(text, 'a.#').num).toBe(arr.length);
          arr.forEach((el, i) => expect(gjsonGet(text, `a.${i}`).raw).toBe(JSON.stringify(el)));
          const mapped = arr.filter((el) => Object.hasOwn(el, k)).map((el) => el[k]);
          expect(JSON.parse(gjsonGet(text, `a.#.${k}`).raw)).toEqual(mapped);
        },
      ),
      fuzzOptions(),
    );
  });

  // gopher-lua value.go LNumber.String and utils.go parseNumber: printing is what the reference
  // says, and the text coerces back to the same float64.
  it('Lua prints numbers as gopher-lua and reads its own output back', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = luaNumberString(x);
        const script = `local x = event.x return tostring(x) == ${JSON.stringify(text)} and (tostring(x) + 0) == x`;
        expect(runScriptFilter(script, { x })).toEqual({ ok: true, pass: true });
      }),
      fuzzOptions(4000, 100),
    );
  });

  // text/template is deterministic, and a string field prints as itself.
  it('templates are deterministic and print string fields as they are', () => {
    fc.assert(
      fc.property(fc.dictionary(key, fc.string({ maxLength: 12 }), { minKeys: 1 }), (data) => {
        const k = Object.keys(data)[0]!;
        const a = renderTemplate(`{{ .Input.${k} }}|{{ len .Input }}`, { Input: fromJson(data) });
        const b = renderTemplate(`{{ .Input.${k} }}|{{ len .Input }}`, { Input: fromJson(data) });
        expect(a).toEqual(b);
        expect(a).toEqual({ ok: true, output: `${data[k]}|${Object.keys(data).length}` });
      }),
      fuzzOptions(),
    );
  });

  // govaluate reorderStages: a run of one precedence evaluates left to right.
  it('govaluate evaluates chains of one precedence left to right', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.constantFrom('+', '-'), { minLength: 5, maxLength: 5 }),
        (nums, ops) => {
          const text = nums
            .map((n, i) => (i === 0 ? `[v${i}]` : `${ops[i - 1]} [v${i}]`))
            .join(' ');
          const params = Object.fromEntries(nums.map((n, i) => [`v${i}`, n]));
          const expected = nums
            .slice(1)
            .reduce((acc, n, i) => (ops[i] === '+' ? acc + n : acc - n), nums[0]!);
          const parsed = parseExpression(text);
          if (!parsed.ok) throw new Error(parsed.error);
          expect(evaluateExpression(parsed.expr, params)).toEqual({ ok: true, value: expected });
        },
      ),
      fuzzOptions(),
    );
  });

  // getDependencyExpression without conditions ANDs every dependency: the trigger fires once all
  // of them have an event, with the newest event of each.
  it('the default expression fires once every dependency has an event', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(key, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (names, picks) => {
          const deps = names.map((n) => ({ name: n, eventSourceName: 'es', eventName: n }));
          const c = compileDependencyExpression(undefined, names);
          if (!c.ok) throw new Error(c.error);
          let state = emptyTriggerState();
          const seen = new Set<string>();
          let fired = 0;
          let expectedFirings = 0;
          picks.forEach((p, i) => {
            const name = names[p % names.length]!;
            const event: SensorEvent = {
              context: {
                id: `e${i}`,
                source: 'es',
                subject: name,
                type: 'webhook',
                specversion: '1.0',
                time: '2024-07-15T10:00:00Z',
                datacontenttype: 'application/json',
              },
              data: '{}',
            };
            const r = processTriggerEvent(c, deps, state, event, i, (_, e) => e);
            state = r.state;
            seen.add(name);
            if (seen.size === names.length) {
              expectedFirings++;
              seen.clear();
            }
            fired += r.steps.filter((s) => s.type === 'fired').length;
          });
          expect(fired).toBe(expectedFirings);
        },
      ),
      fuzzOptions(),
    );
  });
});
