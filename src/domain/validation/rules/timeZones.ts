import { loadsAsGoLocation } from '../../cron/goLocation';

/** True for zone names Go's time.LoadLocation accepts (see loadsAsGoLocation). */
export function isValidTimeZone(tz: string): boolean {
  return loadsAsGoLocation(tz);
}
