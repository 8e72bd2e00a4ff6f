import { describe, expect, it } from 'vitest';
import { runJq } from './jq';

describe('jq (WebAssembly build)', () => {
  it('runs programs and returns compact outputs', async () => {
    expect(
      await runJq(
        '{user: .body.user | ascii_upcase, n: (.body.items | length)}',
        '{"body":{"user":"alice","items":[1,2]}}',
      ),
    ).toEqual({ ok: true, outputs: ['{"user":"ALICE","n":2}'] });
    expect(await runJq('.a[]', '{"a":[1,2]}')).toEqual({ ok: true, outputs: ['1', '2'] });
  });

  it('reports compile and runtime errors', async () => {
    const bad = await runJq('.a |||', '{}');
    expect(bad.ok).toBe(false);
    const boom = await runJq('error("boom")', '{}');
    expect(boom.ok === false && boom.error).toContain('boom');
  });
});
