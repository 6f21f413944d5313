import { checkedTimeZone, newsroomDate, newsroomMoment, withNewsroomOffset } from '#domain/newsroom-time';
import { citationHealth } from '../../src/plugins/sourcing/server/src/domain/citation-health';

describe('Dates in the newsroom time zone', () => {
  it('writes an instant as the newsroom does, on its own calendar', () => {
    expect(newsroomDate('2026-02-09T10:00:00.000Z', 'Europe/Ljubljana')).toBe('9 February 2026');
    // 23:30 UTC on the 8th is already the 9th in Ljubljana, and still the 8th in New York.
    expect(newsroomDate('2026-02-08T23:30:00.000Z', 'Europe/Ljubljana')).toBe('9 February 2026');
    expect(newsroomDate('2026-02-08T23:30:00.000Z', 'America/New_York')).toBe('8 February 2026');
  });

  it('keeps a calendar date the same day in every time zone', () => {
    expect(newsroomDate('2026-02-09', 'Pacific/Kiritimati')).toBe('9 February 2026');
    expect(newsroomDate('2026-02-09', 'Pacific/Pago_Pago')).toBe('9 February 2026');
  });

  it('writes an instant with its time on the newsroom clock, and a calendar date without one', () => {
    // 13:05 UTC in February is 14:05 in Ljubljana (CET), 08:05 in New York.
    expect(newsroomMoment('2026-02-09T13:05:00.000Z', 'Europe/Ljubljana')).toBe('9 February 2026, 14:05');
    expect(newsroomMoment('2026-02-09T13:05:00.000Z', 'America/New_York')).toBe('9 February 2026, 08:05');
    expect(newsroomMoment('2026-02-09', 'Europe/Ljubljana')).toBe('9 February 2026');
    expect(newsroomMoment(null, 'Europe/Ljubljana')).toBeNull();
  });

  it('shows nothing for an empty or unreadable date', () => {
    expect(newsroomDate(null, 'Europe/Ljubljana')).toBeNull();
    expect(newsroomDate('not a date', 'Europe/Ljubljana')).toBeNull();
  });

  it('takes the configured time zone, defaults to Ljubljana, and refuses a misspelt one by naming the setting', () => {
    expect(checkedTimeZone('Europe/Sarajevo')).toBe('Europe/Sarajevo');
    expect(checkedTimeZone('')).toBe('Europe/Ljubljana');
    expect(() => checkedTimeZone('Europe/Ljubljna')).toThrow(/SITE_TIME_ZONE is "Europe\/Ljubljna"/);
  });
});

describe('Instants with the newsroom’s offset, for structured data', () => {
  it.each([
    ['midnight in Ljubljana in winter', '2026-02-18T23:00:00.000Z', 'Europe/Ljubljana', '2026-02-19T00:00:00+01:00'],
    ['an afternoon in Ljubljana in summer', '2026-07-01T12:30:05.000Z', 'Europe/Ljubljana', '2026-07-01T14:30:05+02:00'],
    ['milliseconds, kept', '2026-12-06T13:42:35.889Z', 'Europe/Ljubljana', '2026-12-06T14:42:35.889+01:00'],
    ['a zone behind UTC', '2026-02-19T03:00:00.000Z', 'America/New_York', '2026-02-18T22:00:00-05:00'],
    ['a half-hour zone', '2026-02-19T00:00:00.000Z', 'Asia/Kolkata', '2026-02-19T05:30:00+05:30'],
    ['UTC itself', '2026-02-19T08:00:00.000Z', 'UTC', '2026-02-19T08:00:00+00:00'],
  ])('writes %s as the local clock with its offset', (_case, stored, zone, expected) => {
    expect(withNewsroomOffset(stored, zone)).toBe(expected);
    expect(Date.parse(expected)).toBe(Date.parse(stored));
  });

  it('gives null for no date and for one that does not parse', () => {
    expect(withNewsroomOffset(null, 'Europe/Ljubljana')).toBeNull();
    expect(withNewsroomOffset('not a date', 'Europe/Ljubljana')).toBeNull();
  });
});

describe('Citation health in the fact-check list', () => {
  it('counts the numbers listed, those without a source and sources never cited', () => {
    const findings = [{ code: 'citation-without-source' }, { code: 'citation-not-listed' }, { code: 'source-never-cited' }, { code: 'leaked-token' }];
    expect(citationHealth(new Array(11).fill({}), findings)).toEqual({ cited: 11, withoutSource: 2, neverCited: 1 });
    expect(citationHealth([], [])).toEqual({ cited: 0, withoutSource: 0, neverCited: 0 });
  });
});
