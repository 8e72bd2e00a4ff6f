import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fuzzOptions, jsonValue } from '../../test/fuzz';
import { decodeShareFragment, encodeShareFragment, MAX_LINK_CHARS } from './shareLink';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const toB64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const linkFor = (value: unknown) =>
  `#design=v1.${toB64Url(deflateSync(strToU8(JSON.stringify(value))))}`;

const design = fc.record({
  name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  files: fc.array(
    fc.record({
      path: fc.string({ maxLength: 60 }),
      text: fc.string({ maxLength: 500, unit: 'binary' }),
    }),
    { maxLength: 4 },
  ),
  scenarios: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
  lesson: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
});

describe('share-link decoder (property tests)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives back what was encoded, for any names and texts', () => {
    fc.assert(
      fc.property(design, (d) => {
        const enc = encodeShareFragment(d);
        if (!enc.ok) return;
        const dec = decodeShareFragment(`#${enc.fragment}`);
        // Empty scenarios or lesson texts mean none, and are left out of the link.
        const expected = {
          name: d.name.slice(0, 120),
          files: d.files.map((f) => ({ path: f.path.slice(0, 200), text: f.text })),
          ...(d.scenarios ? { scenarios: d.scenarios } : {}),
          ...(d.lesson ? { lesson: d.lesson } : {}),
        };
        expect(dec).toEqual({ ok: true, design: expected });
      }),
      fuzzOptions(),
    );
  });

  it('never throws on arbitrary fragments, damaged links or arbitrary JSON inside a valid envelope', () => {
    const fragments = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .string({ maxLength: 300, unit: fc.constantFrom(...B64.split('')) })
        .map((s) => `#design=v1.${s}`),
      fc
        .tuple(fc.nat({ max: 99 }), fc.string({ maxLength: 40 }))
        .map(([v, s]) => `design=v${v}.${s}`),
      jsonValue.map(linkFor),
      fc
        .record({
          v: fc.constant(1),
          name: jsonValue,
          files: fc.array(jsonValue, { maxLength: 3 }),
          scenarios: jsonValue,
          lesson: jsonValue,
        })
        .map(linkFor),
    );
    fc.assert(
      fc.property(fragments, (f) => {
        const r = decodeShareFragment(f);
        if (r === null) return;
        if (!r.ok) expect(typeof r.message).toBe('string');
        else
          for (const file of r.design.files)
            expect([typeof file.path, typeof file.text]).toEqual(['string', 'string']);
      }),
      fuzzOptions(),
    );
  });

  it('decoding runs no code: no eval, no Function, no prototype pollution', () => {
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const FunctionSpy = vi.spyOn(globalThis, 'Function');
    fc.assert(
      fc.property(
        fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf'),
        fc.string({ maxLength: 40 }),
        (key, script) => {
          const payload = JSON.parse(
            `{"v":1,"name":${JSON.stringify(`<img src=x onerror=alert(1)>${script}`)},"files":[{"path":"a.yaml","text":${JSON.stringify(`<script>${script}</script>`)}}],${JSON.stringify(key)}:{"polluted":true}}`,
          );
          const r = decodeShareFragment(linkFor(payload));
          expect(r?.ok).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      fuzzOptions(),
    );
    expect(evalSpy).not.toHaveBeenCalled();
    expect(FunctionSpy).not.toHaveBeenCalled();
  });

  it('refuses a link over the size limit with a sentence', () => {
    const r = decodeShareFragment(`#design=v1.${'A'.repeat(MAX_LINK_CHARS)}`);
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('limit') });
  });
});
