import { formatFloatV, parseGoFloat, parseGoInt } from '../json/goNumbers';

/**
 * gopher-lua's numbers (yuin/gopher-lua v1.1.2): every number is a float64 (LNumber), printed by
 * LNumber.String() and read by parseNumber. The sandbox makes fengari (Lua 5.3, 32-bit integers)
 * use these, so whole numbers of any size behave and print as the sensor's Lua does.
 */

/** LNumber.String(): whole values that survive int64 print as integers, the rest with fmt's %v. */
export function luaNumberString(v: number): string {
  // isInteger is float64(int64(v)) == v; on amd64 out-of-range conversions give MinInt64.
  if (Number.isInteger(v) && v >= -(2 ** 63) && v < 2 ** 63) return BigInt(v).toString();
  return formatFloatV(v);
}

/** parseNumber (utils.go): trims spaces, tabs and newlines, then ParseInt(s, 0, 64) or ParseFloat. */
export function luaParseNumber(text: string): number | null {
  const s = text.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
  const i = parseGoInt(s, 0);
  if (i !== null) return Number(i);
  return parseGoFloat(s);
}

/**
 * baseToNumber: a number is itself; a string holding "." goes through ParseFloat, otherwise
 * ParseInt in `base` (default 10, where a "0x" prefix means 16), so `tonumber("1e3")` is nil.
 */
export function luaToNumber(v: string | number | null, base: number | null): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  let s = v.replace(/^[ \n\t]+|[ \n\t]+$/g, '');
  if (s.includes('.')) return parseGoFloat(s);
  let b = base ?? 10;
  if (base === null && s.toLowerCase().startsWith('0x')) [b, s] = [16, s.slice(2)];
  const n = parseGoInt(s, b);
  return n === null ? null : Number(n);
}
