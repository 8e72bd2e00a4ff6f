import { BOOL, DURATION, FLOAT, INT, STRING, TIME, type ExprType } from './types';

type Sig = { params: ExprType[]; out: ExprType };
const sig = (out: ExprType, ...params: ExprType[]): Sig => ({ params, out });

/**
 * The methods of Go's time.Time that an expression can call on `now()` or `date(...)` (expr looks
 * methods up by reflection). Month and Weekday return named types in Go; here they are ints.
 */
export const TIME_METHODS: ReadonlyMap<string, Sig> = new Map([
  ['Year', sig(INT)],
  ['Month', sig(INT)],
  ['Day', sig(INT)],
  ['Hour', sig(INT)],
  ['Minute', sig(INT)],
  ['Second', sig(INT)],
  ['Nanosecond', sig(INT)],
  ['YearDay', sig(INT)],
  ['Weekday', sig(INT)],
  ['Unix', sig(INT)],
  ['UnixMilli', sig(INT)],
  ['UnixNano', sig(INT)],
  ['Format', sig(STRING, STRING)],
  ['String', sig(STRING)],
  ['Before', sig(BOOL, TIME)],
  ['After', sig(BOOL, TIME)],
  ['Equal', sig(BOOL, TIME)],
  ['IsZero', sig(BOOL)],
  ['Sub', sig(DURATION, TIME)],
  ['Add', sig(TIME, DURATION)],
  ['AddDate', sig(TIME, INT, INT, INT)],
  ['UTC', sig(TIME)],
  ['Truncate', sig(TIME, DURATION)],
]);

/** The methods of time.Duration. */
export const DURATION_METHODS: ReadonlyMap<string, Sig> = new Map([
  ['Hours', sig(FLOAT)],
  ['Minutes', sig(FLOAT)],
  ['Seconds', sig(FLOAT)],
  ['Milliseconds', sig(INT)],
  ['Microseconds', sig(INT)],
  ['Nanoseconds', sig(INT)],
  ['String', sig(STRING)],
  ['Abs', sig(DURATION)],
]);
