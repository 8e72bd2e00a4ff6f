import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './utf8';

describe('utf8 and base64', () => {
  it('round-trips text through UTF-8 and base64 like the platform does', () => {
    for (const s of ['', 'hello world', 'héllo ✓ 😀', 'a\u0000b']) {
      const bytes = utf8Encode(s);
      expect(Array.from(bytes)).toEqual(Array.from(Buffer.from(s, 'utf8')));
      expect(utf8Decode(bytes)).toBe(s);
      expect(base64Encode(bytes)).toBe(Buffer.from(s, 'utf8').toString('base64'));
      const d = base64Decode(base64Encode(bytes));
      expect(d.ok && utf8Decode(d.bytes)).toBe(s);
    }
  });

  it('replaces invalid UTF-8 and reports bad base64 with a position', () => {
    expect(utf8Decode([0x61, 0xc3, 0x28])).toBe('a\ufffd(');
    expect(base64Decode('aGk!')).toEqual({
      ok: false,
      error: 'illegal base64 data at input byte 3',
    });
  });
});
