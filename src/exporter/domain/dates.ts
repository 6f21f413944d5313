/**
 * Instants written as the site reads them: Jekyll takes a date without a zone as wall-clock time in the site's zone
 * (SITE_TIME_ZONE), so a post published at the site's midnight is written `2026-02-19`, any other instant
 * `2026-02-19 10:30:00 +0100`. Built on Intl, as the importer's reading is.
 */

export interface WallTime {
  date: string;
  time: string;
  /** The zone's offset at that instant, `+0100`. */
  offset: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function wallTime(iso: string, timeZone: string): WallTime {
  const instant = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map(part);
  const minutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}:${pad(second)}`,
    offset: `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`,
  };
}

/** `2026-02-19` for the site's midnight, else `2026-02-19 10:30:00 +0100`; both read back as the same instant. */
export function siteDateText(iso: string, timeZone: string): string {
  const { date, time, offset } = wallTime(iso, timeZone);
  return time === '00:00:00' && new Date(iso).getUTCMilliseconds() === 0 ? date : `${date} ${time} ${offset}`;
}
