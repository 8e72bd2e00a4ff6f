import { describe, expect, it } from 'vitest';
import { calendarTicks } from './calendar';
import { formatRfc3339, SimulatedClock } from './clock';
import { parseDuration } from '../../domain/cron/goDuration';
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

  // calendar/start.go resolveSchedule: NewParser(Minute | Hour | Dom | Month | Dow), no Descriptor.
  it('refuses descriptors and six fields, as robfig/cron without the Descriptor option does', () => {
    for (const d of ['@every 10m', '@daily', '@hourly']) {
      const r = parseCron(d);
      expect(!r.ok && r.error).toBe(`parser does not accept descriptors: ${d}`);
    }
    const six = parseCron('0 0 0 * * *');
    expect(!six.ok && six.error).toBe('expected exactly 5 fields, found 6: [0 0 0 * * *]');
  });

  it('accepts a CRON_TZ= or TZ= prefix, which wins over the timezone', () => {
    const spec = parseCron('CRON_TZ=America/New_York 0 9 * * *', 'UTC');
    expect(spec.ok && iso(spec.next(Date.UTC(2026, 0, 5, 0)) ?? 0)).toBe(
      '2026-01-05T14:00:00.000Z',
    );
    const tz = parseCron('TZ=Asia/Tokyo 0 9 * * *');
    expect(tz.ok && iso(tz.next(Date.UTC(2026, 0, 5, 1)) ?? 0)).toBe('2026-01-06T00:00:00.000Z');
    expect(parseCron('CRON_TZ=Mars/Olympus 0 9 * * *').ok).toBe(false);
  });

  it('finds the previous tick', () => {
    const spec = parseCron('0 0 * * *', 'UTC');
    if (!spec.ok) throw new Error(spec.error);
    expect(iso(previousTick(spec, Date.UTC(2026, 0, 3, 5)) ?? 0)).toBe('2026-01-03T00:00:00.000Z');
  });
});

describe('calendar', () => {
  // calendar/start.go: lastT starts at time.Now(); ConstantDelaySchedule.Next truncates to the second.
  it('counts an interval from the source start, not from the epoch', () => {
    const start = Date.UTC(2026, 0, 1, 9, 17, 42, 300);
    const r = calendarTicks({ interval: '1h' }, start, start + 3 * 3_600_000, start);
    expect(r.ok && r.ticks.map(iso)).toEqual([
      '2026-01-01T10:17:42.000Z',
      '2026-01-01T11:17:42.000Z',
      '2026-01-01T12:17:42.000Z',
    ]);
    const later = calendarTicks({ interval: '1h' }, start + 5_000_000, start + 9_000_000, start);
    expect(later.ok && later.ticks.map(iso)).toEqual(['2026-01-01T11:17:42.000Z']);
  });

  // pkg/shared/util/recurrence.go ParseExclusionDates: only EXDATE: entries count.
  it('skips EXDATE exclusion dates, ignores other entries and stops on a bad date', () => {
    const r = calendarTicks(
      { interval: '12h', exclusionDates: ['EXDATE:20260102T000000Z', '2026-01-03'] },
      Date.UTC(2026, 0, 1),
      Date.UTC(2026, 0, 3, 12),
    );
    expect(r.ok && r.ticks.map(iso)).toEqual([
      '2026-01-01T12:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
      '2026-01-03T12:00:00.000Z',
    ]);
    const bad = calendarTicks({ interval: '1h', exclusionDates: ['EXDATE:2026-01-02'] }, 0, 1);
    expect(!bad.ok && bad.error).toMatch(/cannot parse/);
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
    const every = calendarTicks({ schedule: '@every 1h' }, 0, 3 * 3_600_000);
    expect(!every.ok && every.error).toContain('parser does not accept descriptors');
    expect(calendarTicks({ interval: '500ms' }, 0, 1).ok).toBe(false);
  });
});
