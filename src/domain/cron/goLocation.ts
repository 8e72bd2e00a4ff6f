/**
 * Whether Go's `time.LoadLocation(name)` succeeds, as far as the runtime's time zone database tells:
 * `""` and `"UTC"` are UTC, `"Local"` is the pod's zone, anything else must be an IANA zone name,
 * written in the database's own case (Go reads the zone as a file name, so `america/new_york`
 * fails on Linux where `Intl` would accept it).
 */
export function loadsAsGoLocation(name: string): boolean {
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  const known = seen.get(name);
  if (known !== undefined) return known;
  const loads = lookUp(name);
  // Zone names come from manifests: bound what is remembered.
  if (seen.size > 500) seen.clear();
  seen.set(name, loads);
  return loads;
}

const seen = new Map<string, boolean>();

function lookUp(name: string): boolean {
  // Go refuses these before looking anything up (time/zoneinfo.go containsDotDot).
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return false;
  // Intl accepts offset zones such as "+01:00"; there is no zoneinfo file of that name.
  if (/^[+-]/.test(name)) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // Same zone in another case: Intl found it case-insensitively, a zoneinfo lookup would not.
  return !(resolved !== name && resolved.toLowerCase() === name.toLowerCase());
}
