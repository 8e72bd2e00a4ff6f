/** True for IANA zone names the runtime knows (plus UTC/Local as Go's time.LoadLocation accepts). */
export function isValidTimeZone(tz: string): boolean {
  if (tz === 'UTC' || tz === 'Local' || tz === '') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
