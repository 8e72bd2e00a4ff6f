import { describe, expect, it } from 'vitest';
import { calendarTicks } from './calendar';
import { formatRfc3339, parseDuration, SimulatedClock } from './clock';
import { parseCron, previousTick } from './cron';

const iso = (ms: number) => new Date(ms).toISOString();

describe('clock', () => {
  it('moves only when told', () => {
    const c = new SimulatedClock(1000);
    c.advance(500);
    expect(c.now()).toBe(1500);
    expect(formatRfc3339(Date.UTC(2026, 0, 1, 0, 0, 0, 999))).toBe('2026-01-01T00:00:00Z');
  });

  it.each([
    ['10s', 10_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['-2m', -120_000],
    ['250ms', 250],
    ['0', 0],
  ])('parses duration %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['10', '1d', 'abc', ''])('rejects duration %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('cron', () => {
  it('computes next ticks in a zone, across a DST change', () => {
    const spec = parseCron('0 2 * * *', 'America/New_York');
    if (!spec.ok) throw new Error(spec.error);
    // 2026-03-08 is the US spring-forward day: 02:00 does not exist there.
    const t = spec.next(Date.UTC(2026, 2, 7, 12));
    expect(iso(t ?? 0)).toBe('2026-03-08T07:00:00.000Z');
  });

  it('ORs day-of-month and day-of-week like robfig/cron', () => {
    const spec = parseCron('0 0 1 * 1', 'UTC');
    if (!spec.ok) throw new Error(spec.error);
    const t = spec.next(Date.UTC(2026, 0, 1, 1));
    expect(iso(t ?? 0)).toBe('2026-01-05T00:00:00.000Z');
  });

  it('supports @every and rejects six fields', () => {
    const every = parseCron('@every 10m');
    expect(every.ok && every.next(Date.UTC(2026, 0, 1, 0, 3))).toBe(Date.UTC(2026, 0, 1, 0, 10));
    expect(parseCron('0 0 0 * * *').ok).toBe(false);
  });

  it('finds the previous tick', () => {
    const spec = parseCron('0 0 * * *', 'UTC');
    if (!spec.ok) throw new Error(spec.error);
    expect(iso(previousTick(spec, Date.UTC(2026, 0, 3, 5)) ?? 0)).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('calendar', () => {
  it('ticks on an interval and skips exclusion dates', () => {
    const r = calendarTicks(
      { interval: '12h', exclusionDates: ['2026-01-02'] },
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 3, 12),
    );
    expect(r.ok && r.ticks.map(iso)).toEqual([
      '2026-01-01T12:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
      '2026-01-03T12:00:00.000Z',
    ]);
  });

  it('ticks on a schedule in a time zone', () => {
    const r = calendarTicks(
      { schedule: '30 9 * * 1-5', timezone: 'Europe/Berlin' },
      Date.UTC(2026, 0, 2),
      Date.UTC(2026, 0, 6, 12),
    );
    expect(r.ok && r.ticks.map(iso)).toEqual([
      '2026-01-02T08:30:00.000Z',
      '2026-01-05T08:30:00.000Z',
      '2026-01-06T08:30:00.000Z',
    ]);
  });

  it('caps runaway ranges and reports bad configs', () => {
    const r = calendarTicks({ interval: '1s' }, 0, 86_400_000);
    expect(r.ok && r.truncated).toBe(true);
    expect(calendarTicks({}, 0, 1).ok).toBe(false);
    expect(calendarTicks({ schedule: 'nope' }, 0, 1).ok).toBe(false);
  });
});
