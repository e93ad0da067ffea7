/** Does year-month-day exist in the Gregorian calendar, not after `today` and not before 1880? */
export function isPlausibleBirthDate(y: number, m: number, d: number, today = new Date()): boolean {
  if (y < 1880 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > dim) return false;
  const t = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Date.UTC(y, m - 1, d) <= t;
}
