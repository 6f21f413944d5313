import { offsetMinutes } from '../../importer/domain/site-dates';

/**
 * Instants written as the site reads them: Jekyll takes a date without a zone as wall-clock time in the site's zone
 * (SITE_TIME_ZONE), so a post published at the site's midnight is written `2026-02-19`, any other instant
 * `2026-02-19 10:30:00 +0100`. The zone's offset is the importer's own reading of it (site-dates.ts).
 */

export interface WallTime {
  date: string;
  time: string;
  /** The zone's offset at that instant, `+0100`. */
  offset: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallTime(iso: string, timeZone: string): WallTime {
  const instant = new Date(iso).getTime();
  const minutes = offsetMinutes(instant, timeZone);
  // The wall clock as UTC fields: the instant moved by the zone's offset.
  const local = new Date(instant + minutes * 60000);
  const sign = minutes < 0 ? '-' : '+';
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`,
    offset: `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`,
  };
}

/** `2026-02-19` for the site's midnight, else `2026-02-19 10:30:00 +0100`; both read back as the same instant. */
export function siteDateText(iso: string, timeZone: string): string {
  const { date, time, offset } = wallTime(iso, timeZone);
  return time === '00:00:00' && new Date(iso).getUTCMilliseconds() === 0 ? date : `${date} ${time} ${offset}`;
}
