/**
 * The newsroom's time zone (SITE_TIME_ZONE, config/newsroom.ts) and its way of writing a date: "9 February 2026", as
 * its style guide asks. The admin panel shows dates so, in that zone, whatever the editor's computer is set to.
 * Pure: no Strapi import.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Ljubljana';

/** The time zone as configured, or an error naming the setting: a misspelt zone would shift every date shown. */
export function checkedTimeZone(zone: string | undefined): string {
  const value = zone?.trim() || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
  } catch {
    throw new Error(`SITE_TIME_ZONE is "${value}", which is not a time zone: give an IANA name such as Europe/Ljubljana.`);
  }
  return value;
}

// A calendar date without a time ("2026-02-09", a fact check's "checked on") is the same day everywhere.
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "9 February 2026": a stored date or instant as the newsroom writes it, on its calendar; null when there is none. */
export function newsroomDate(value: string | null | undefined, timeZone: string): string | null {
  if (!value) return null;
  const calendar = CALENDAR_DATE.test(value);
  const instant = new Date(calendar ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return null;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: calendar ? 'UTC' : timeZone }).format(instant);
}

/** "9 February 2026, 14:30": an instant as the newsroom writes it with its time, on its clock; null when there is none. */
export function newsroomMoment(value: string | null | undefined, timeZone: string): string | null {
  const day = newsroomDate(value, timeZone);
  if (!day || !value || CALENDAR_DATE.test(value)) return day;
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(value));
  return `${day}, ${time}`;
}

const two = (value: number) => String(value).padStart(2, '0');

/**
 * An instant in ISO 8601 with the newsroom's offset at that instant ("2026-02-19T00:00:00+01:00" in Ljubljana), as
 * structured data should carry it: the same instant as the stored UTC value, written as the newsroom's clock showed it,
 * so a reader of the JSON-LD sees the local date and time. Milliseconds are kept when there are any. Null for a value
 * that does not parse.
 */
export function withNewsroomOffset(value: string | null | undefined, timeZone: string): string | null {
  if (!value) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offsetMinutes = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${two(Math.floor(Math.abs(offsetMinutes) / 60))}:${two(Math.abs(offsetMinutes) % 60)}`;
  const millis = instant.getUTCMilliseconds();
  const fraction = millis ? `.${String(millis).padStart(3, '0')}` : '';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${fraction}${offset}`;
}
