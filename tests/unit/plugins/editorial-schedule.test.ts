import {
  firedNote,
  lateAfterMs,
  MAX_AHEAD_DAYS,
  publishTimeProblem,
  refusedNote,
  SCHEDULE_MESSAGES,
  scheduledNote,
  typeOfUid,
} from '../../../src/plugins/editorial/server/src/domain/schedule';

const NOW = new Date('2026-02-09T08:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe('Editorial: scheduled publishing rules', () => {
  it('takes a publish time in the future and refuses one now or in the past', () => {
    expect(publishTimeProblem(at(60_000), NOW)).toBeNull();
    expect(publishTimeProblem(NOW, NOW)).toBe(SCHEDULE_MESSAGES.inThePast);
    expect(publishTimeProblem(at(-1), NOW)).toBe(SCHEDULE_MESSAGES.inThePast);
  });

  it('refuses a publish time further ahead than the limit, taken for a typo in the year', () => {
    const day = 24 * 60 * 60 * 1000;
    expect(publishTimeProblem(at(MAX_AHEAD_DAYS * day), NOW)).toBeNull();
    expect(publishTimeProblem(at(MAX_AHEAD_DAYS * day + 1), NOW)).toBe(SCHEDULE_MESSAGES.tooFarAhead);
  });

  it('says a publish on time went out on schedule, naming when it was due', () => {
    const note = firedNote(NOW, at(900), { atBoot: false, lateAfter: lateAfterMs(10) });
    expect(note).toBe('Published on schedule (due 2026-02-09T08:00:00.000Z).');
  });

  it('says a publish after an outage went out late, on the next start, and by how much', () => {
    const note = firedNote(NOW, at(3 * 60 * 60 * 1000), { atBoot: true, lateAfter: lateAfterMs(10) });
    expect(note).toMatch(/^Published on schedule \(due 2026-02-09T08:00:00.000Z\)\. 3 hours late: no instance was running at its time/);
  });

  it('tells a late tick of a running CMS from a start after an outage', () => {
    const note = firedNote(NOW, at(90_000), { atBoot: false, lateAfter: lateAfterMs(10) });
    expect(note).toContain('90 seconds late: the CMS could not publish it at its time');
  });

  it('counts a publish as late only after two ticks would have fired it', () => {
    expect(lateAfterMs(1)).toBe(3000);
    expect(firedNote(NOW, at(3000), { atBoot: true, lateAfter: 3000 })).not.toContain('late');
    expect(firedNote(NOW, at(3001), { atBoot: true, lateAfter: 3000 })).toContain('late');
  });

  it('lists every reason a refused publish gave, within the history note column', () => {
    const note = refusedNote(NOW, ['Approve the article first.', 'Cite a source.']);
    expect(note).toBe('Scheduled publish refused (due 2026-02-09T08:00:00.000Z); it stays a draft: Approve the article first. Cite a source.');
    expect(refusedNote(NOW, ['x'.repeat(2000)]).length).toBe(1000);
  });

  it('words setting, moving and cancelling a schedule for the history', () => {
    expect(scheduledNote(NOW, null)).toBe('Scheduled to publish at 2026-02-09T08:00:00.000Z.');
    expect(scheduledNote(at(60_000), NOW)).toBe('Rescheduled to 2026-02-09T08:01:00.000Z (was 2026-02-09T08:00:00.000Z).');
    expect(scheduledNote(null, NOW)).toBe('Schedule cancelled (was 2026-02-09T08:00:00.000Z).');
  });

  it('schedules articles and fact checks only', () => {
    expect(typeOfUid('api::article.article')).toBe('article');
    expect(typeOfUid('api::fact-check.fact-check')).toBe('fact-check');
    expect(typeOfUid('api::kicker.kicker')).toBeNull();
  });
});
