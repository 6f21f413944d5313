import { datePermalink, parseSiteDate, siteCalendarDate } from '../../../src/importer/domain/site-dates';

const ZONE = 'Europe/Ljubljana';

describe('reading a front-matter date in the site time zone', () => {
  it.each([
    ['a winter date is midnight in Ljubljana, an hour before UTC midnight', '2026-02-19', '2026-02-18T23:00:00.000Z'],
    ['a summer date is two hours before UTC midnight', '2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['a wall time without a zone is local time', '2026-02-19 10:30', '2026-02-19T09:30:00.000Z'],
    ['an explicit offset wins over the site zone', '2026-02-19 10:30:00 +0500', '2026-02-19T05:30:00.000Z'],
    ['Z means UTC', '2026-02-19T10:30:00Z', '2026-02-19T10:30:00.000Z'],
    ['the morning the clocks go forward keeps its wall time', '2026-03-29 09:00', '2026-03-29T07:00:00.000Z'],
  ])('%s', (_, text, expected) => {
    expect(parseSiteDate(text, ZONE)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', 'yesterday', '19.02.2026', '2026-02-19 25:00'])('refuses "%s", which is not a date', (text) => {
    expect(parseSiteDate(text, ZONE)).toBeNull();
  });

  it('puts a post on the calendar day the site showed, whatever the UTC day', () => {
    expect(siteCalendarDate('2026-02-18T23:00:00.000Z', ZONE)).toEqual({ year: 2026, month: 2, day: 19 });
  });

  it("builds Jekyll's date permalink with zero-padded month and day", () => {
    expect(datePermalink({ year: 2026, month: 2, day: 9 }, 'dodik-proxy-republika-srpska')).toBe('/2026/02/09/dodik-proxy-republika-srpska/');
  });
});
