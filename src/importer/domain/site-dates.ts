/**
 * Jekyll reads a date without a time zone (`date: 2026-02-19`, or `2026-02-19 10:30`) as wall-clock time in the site's
 * time zone; this module turns such dates into instants, and instants back into the site's calendar date for
 * permalinks. Built on Intl, so any IANA zone works without a date library.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The zone's offset from UTC, in minutes, at the given instant. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

/** Throws a RangeError when the zone is not one Intl knows, so a bad configuration fails before anything is read. */
export function assertTimeZone(timeZone: string): void {
  new Intl.DateTimeFormat('en-US', { timeZone });
}

/**
 * Reads a front-matter date as an ISO instant: an explicit offset (`+0100`, `Z`) wins, otherwise the wall time is in
 * `timeZone`. Returns null for anything that is not a real date ("2026-02-30", "yesterday").
 */
export function parseSiteDate(text: string, timeZone: string): string | null {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.replace(/[^0-9]/g, '');
    const offset = zone.toUpperCase() === 'Z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return new Date(wall - offset * 60000).toISOString();
  }
  // The offset at the wall time read as UTC is right except within hours of a DST change; a second pass settles it.
  let instant = wall - offsetMinutes(wall, timeZone) * 60000;
  instant = wall - offsetMinutes(instant, timeZone) * 60000;
  return new Date(instant).toISOString();
}

/** The calendar date of an instant in the site's time zone: what Jekyll puts in `/:year/:month/:day/`. */
export function siteCalendarDate(iso: string, timeZone: string): CalendarDate {
  const instant = Date.parse(iso);
  const local = new Date(instant + offsetMinutes(instant, timeZone) * 60000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Jekyll's `date` permalink style, `/:year/:month/:day/:title/`, which the newsroom's site uses. */
export function datePermalink(date: CalendarDate, slug: string): string {
  return `/${date.year}/${pad(date.month)}/${pad(date.day)}/${slug}/`;
}
