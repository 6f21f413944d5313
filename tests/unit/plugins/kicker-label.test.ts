import { normalizeKickerLabel } from '../../../src/plugins/editorial/server/src/domain/kicker-label';
import { validateConfig } from '../../../src/plugins/editorial/server/src/config';

describe('normalizeKickerLabel', () => {
  it("collapses whitespace, keeps the editor's casing and derives the slug", () => {
    expect(normalizeKickerLabel('  NATO \t 3.0 ', 60)).toEqual({ ok: true, label: 'NATO 3.0', slug: 'nato-3-0' });
  });

  it('gives "Nato 3.0" and "NATO 3.0" the same slug', () => {
    const a = normalizeKickerLabel('Nato 3.0', 60);
    const b = normalizeKickerLabel('NATO 3.0', 60);
    expect(a.ok && b.ok && a.slug === b.slug).toBe(true);
  });

  it.each(['', '   ', '...'])('refuses the empty label %j', (label) => {
    expect(normalizeKickerLabel(label, 60)).toEqual({ ok: false, message: 'A kicker needs a label.' });
  });

  it('refuses a label over the hard limit and accepts one at it', () => {
    expect(normalizeKickerLabel('x'.repeat(11), 10).ok).toBe(false);
    expect(normalizeKickerLabel('x'.repeat(10), 10).ok).toBe(true);
  });
});

describe('editorial config', () => {
  it('accepts the defaults', () => {
    expect(() => validateConfig({})).not.toThrow();
  });

  it.each([{ kickerSoftLimit: 0 }, { kickerHardLimit: 2.5 }, { kickerSoftLimit: 50, kickerHardLimit: 40 }])('refuses %j at boot', (config) => {
    expect(() => validateConfig(config)).toThrow(/editorial/);
  });
});
