import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_LINK_CHARS } from './shareLink';

const design = {
  name: 'Build',
  files: [{ path: 'a.yaml', text: 'kind: Sensor\n# ünïcode ✓\n' }],
  scenarios: 'kind: Scenarios\nscenarios: []\n',
};

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
  it('round-trip a design with its scenarios, byte for byte', () => {
    const enc = encodeShareFragment(design);
    if (!enc.ok) throw new Error(enc.message);
    expect(enc.fragment).toMatch(/^design=v1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(`#${enc.fragment}`)).toEqual({ ok: true, design });
  });

  it('refuses a design too big for a link and says what to do', () => {
    const big = {
      name: 'x',
      files: [
        {
          path: 'a.yaml',
          text: Array.from({ length: 40_000 }, (_, i) => `k${i}: ${Math.random()}`).join('\n'),
        },
      ],
    };
    const enc = encodeShareFragment(big);
    expect(enc).toMatchObject({
      ok: false,
      message: expect.stringContaining('Share the downloaded file instead'),
    });
  });

  it('never throws on damaged, foreign, newer or bomb links', () => {
    expect(decodeShareFragment('#other=1')).toBeNull();
    expect(decodeShareFragment('#design=v1.%%%')).toMatchObject({ ok: false });
    expect(decodeShareFragment('#design=v1.AAAA')).toMatchObject({ ok: false });
    expect(decodeShareFragment('#design=v9.AAAA')).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer'),
    });
    expect(
      decodeShareFragment(
        `#design=v1.${b64url(deflateSync(strToU8('{"files":"<script>alert(1)</script>"}')))}`,
      ),
    ).toMatchObject({ ok: false, message: 'This share link holds no design.' });
    const bomb = b64url(deflateSync(new Uint8Array(20_000_000), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(decodeShareFragment(`#design=v1.${bomb}`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('expands past'),
    });
  });
});
