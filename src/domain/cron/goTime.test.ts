import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './goDuration';
import { loadsAsGoLocation } from './goLocation';

describe('parseGoDuration (Go time.ParseDuration, used for calendar interval and checkInterval)', () => {
  it('reads what Go reads', () => {
    expect(parseGoDuration('1h30m')).toEqual({ ok: true, ms: 5_400_000 });
    expect(parseGoDuration('.5s')).toEqual({ ok: true, ms: 500 });
    expect(parseGoDuration('1.s')).toEqual({ ok: true, ms: 1000 });
    expect(parseGoDuration('-2m')).toEqual({ ok: true, ms: -120_000 });
    expect(parseGoDuration('0')).toEqual({ ok: true, ms: 0 });
    expect(parseGoDuration('10µs')).toEqual({ ok: true, ms: 0.01 });
  });
  it('refuses what Go refuses, saying why', () => {
    expect(parseGoDuration('10')).toEqual({ ok: false, error: 'missing unit in duration "10"' });
    expect(parseGoDuration('1d')).toEqual({
      ok: false,
      error: 'unknown unit "d" in duration "1d"',
    });
    expect(parseGoDuration('')).toMatchObject({ ok: false });
    expect(parseGoDuration('h')).toMatchObject({ ok: false });
    expect(parseGoDuration('.s')).toMatchObject({ ok: false });
    expect(parseGoDuration('1h-1m')).toMatchObject({ ok: false });
    expect(parseGoDuration('3000000h')).toMatchObject({ ok: false });
  });
});

describe('loadsAsGoLocation (Go time.LoadLocation)', () => {
  it('accepts UTC, Local, the empty zone and IANA names as written in the database', () => {
    for (const z of ['', 'UTC', 'Local', 'America/New_York', 'Etc/GMT+1', 'US/Eastern'])
      expect(loadsAsGoLocation(z)).toBe(true);
  });
  it('refuses unknown names, offsets, other spellings and path tricks', () => {
    for (const z of ['Nowhere/City', '+01:00', 'america/new_york', 'utc', '../etc/passwd', '/UTC'])
      expect(loadsAsGoLocation(z)).toBe(false);
  });
});
