import { describe, expect, it } from 'vitest';
import { cronNeverFires, parseCronSpec, type CronSchedule } from './cronSpec';

// robfig/cron v3.0.1 parser.go Parse with NewParser(Minute | Hour | Dom | Month | Dow), the options
// of pkg/sensors/listener.go, pkg/reconciler/sensor/validate.go and calendar/start.go resolveSchedule.
const ok = (spec: string): CronSchedule => {
  const r = parseCronSpec(spec);
  if (!r.ok) throw new Error(`${spec}: ${r.error.message}`);
  return r.schedule;
};
const error = (spec: string) => {
  const r = parseCronSpec(spec);
  return r.ok ? null : r.error;
};

describe('parseCronSpec (robfig/cron v3 parser.go)', () => {
  it('reads five fields with ranges, lists, steps and names', () => {
    const s = ok('*/15 9-17 1,15 jan-MAR mon-fri');
    expect(s.minutes).toEqual([0, 15, 30, 45]);
    expect(s.hours).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(s.daysOfMonth).toEqual([1, 15]);
    expect(s.months).toEqual([1, 2, 3]);
    expect(s.daysOfWeek).toEqual([1, 2, 3, 4, 5]);
    expect(s.timeZone).toBeNull();
  });

  it('reads N/step as N to the maximum, and ? as *', () => {
    expect(ok('5/20 * * * *').minutes).toEqual([5, 25, 45]);
    expect(ok('0 0 ? * ?').dayOfMonthStar).toBe(true);
  });

  it('keeps the star flag for * and */1 only (getRange: step > 1 clears it)', () => {
    expect(ok('0 0 * * 1').dayOfMonthStar).toBe(true);
    expect(ok('0 0 */1 * 1').dayOfMonthStar).toBe(true);
    expect(ok('0 0 */2 * 1').dayOfMonthStar).toBe(false);
    expect(ok('0 0 1-31 * 1').dayOfMonthStar).toBe(false);
  });

  it('accepts a CRON_TZ= or TZ= prefix whose zone loads', () => {
    expect(ok('CRON_TZ=UTC 0 0 * * *').timeZone).toBe('UTC');
    expect(ok('TZ=America/New_York 30 6 * * *').timeZone).toBe('America/New_York');
    expect(ok('CRON_TZ= 0 0 * * *').timeZone).toBe('');
    expect(error('CRON_TZ=Nowhere/City 0 0 * * *')).toEqual({
      message: 'provided bad location Nowhere/City: unknown time zone Nowhere/City',
      start: 8,
      end: 20,
    });
    expect(error('CRON_TZ=america/new_york 0 0 * * *')?.message).toContain('bad location');
    expect(error('TZ=UTC')?.message).toContain(
      'must be followed by a zone, a space and the schedule',
    );
  });

  it('refuses descriptors: the parser has no Descriptor option', () => {
    expect(error('@daily')?.message).toBe('parser does not accept descriptors: @daily');
    expect(error('@every 1h')?.message).toBe('parser does not accept descriptors: @every 1h');
    expect(error('CRON_TZ=UTC @hourly')?.message).toBe(
      'parser does not accept descriptors: @hourly',
    );
  });

  it('needs exactly five fields (no seconds)', () => {
    expect(error('')?.message).toBe('empty spec string');
    expect(error('0 0 * *')?.message).toBe('expected exactly 5 fields, found 4: [0 0 * *]');
    expect(error('0 0 0 * * *')?.message).toBe('expected exactly 5 fields, found 6: [0 0 0 * * *]');
    expect(error('   ')?.message).toBe('expected exactly 5 fields, found 0: []');
  });

  it('refuses values outside each field, bad ranges and steps, and locates the field', () => {
    expect(error('60 * * * *')).toEqual({
      message: 'end of range (60) above maximum (59): 60',
      start: 0,
      end: 2,
    });
    expect(error('0 0 * * 7')?.message).toBe('end of range (7) above maximum (6): 7');
    expect(error('0 0 0 * *')?.message).toBe('beginning of range (0) below minimum (1): 0');
    expect(error('0 5-1 * * *')).toMatchObject({
      message: 'beginning of range (5) beyond end of range (1): 5-1',
      start: 2,
      end: 5,
    });
    expect(error('*/0 * * * *')?.message).toBe('step of range should be a positive number: */0');
    expect(error('1-2-3 * * * *')?.message).toBe('too many hyphens: 1-2-3');
    expect(error('1/2/3 * * * *')?.message).toBe('too many slashes: 1/2/3');
    expect(error('x * * * *')?.message).toBe(
      'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax',
    );
    expect(error('0 0 * foo *')?.message).toContain('failed to parse int from foo');
  });

  it('keeps robfig quirks: "*-5" is "*", empty list items are skipped, "+5" is 5', () => {
    expect(ok('*-5 * * * *').minutes).toHaveLength(60);
    expect(ok('1,,2 * * * *').minutes).toEqual([1, 2]);
    expect(ok('+5 * * * *').minutes).toEqual([5]);
    expect(ok(', * * * *').minutes).toEqual([]);
  });
});

describe('cronNeverFires (robfig spec.go Next finds no time within five years)', () => {
  it('is true for days the chosen months do not have, and for empty fields', () => {
    expect(cronNeverFires(ok('0 0 30 2 *'))).toBe(true);
    expect(cronNeverFires(ok('0 0 31 4,6,9,11 *'))).toBe(true);
    expect(cronNeverFires(ok(', 0 * * *'))).toBe(true);
  });
  it('is false for schedules that fire, including 29 February and either-day matches', () => {
    expect(cronNeverFires(ok('0 0 * * *'))).toBe(false);
    expect(cronNeverFires(ok('0 0 29 2 *'))).toBe(false);
    // Neither day field starred: either may match, so Mondays in February still fire.
    expect(cronNeverFires(ok('0 0 30 2 mon'))).toBe(false);
  });
});
