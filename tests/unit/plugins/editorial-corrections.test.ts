import {
  correctionNote,
  onRecord,
  reconcileCorrections,
  type CorrectionEntry,
  type SentEntry,
  type Stamp,
} from '../../../src/plugins/editorial/server/src/domain/corrections';

const first: CorrectionEntry = {
  key: 'k1',
  kind: 'correction',
  text: 'The mission has 4,000 troops, not 40,000.',
  date: '2026-02-20T09:00:00.000Z',
  madeBy: 'Ana',
  firstPublished: '2026-02-20T09:05:00.000Z',
};
const second: CorrectionEntry = {
  key: 'k2',
  kind: 'update',
  text: 'NATO confirmed the figure.',
  date: '2026-02-21T09:00:00.000Z',
  madeBy: 'Ben',
  firstPublished: null,
};

let counter = 0;
const stamp = (): Stamp => ({ now: '2026-03-01T12:00:00.000Z', madeBy: 'Cleo', newKey: () => `new-${++counter}` });
const sent = (entry: CorrectionEntry, change: Partial<SentEntry> = {}): SentEntry => ({ key: entry.key, kind: entry.kind, text: entry.text, ...change });

describe('a corrections log', () => {
  beforeEach(() => {
    counter = 0;
  });

  it('stamps a new entry with a key, the date and who made it, whatever the caller sent for them', () => {
    const { entries, findings } = reconcileCorrections(
      [{ kind: 'clarification', text: ' It was Pristina. ', date: '1999-01-01T00:00:00.000Z', madeBy: 'Someone else', key: 'chosen-by-caller' }],
      [],
      [],
      stamp(),
    );
    expect(findings).toEqual([]);
    expect(entries).toEqual([
      { key: 'new-1', kind: 'clarification', text: 'It was Pristina.', date: '2026-03-01T12:00:00.000Z', madeBy: 'Cleo', firstPublished: null },
    ]);
  });

  it("keeps the date and author a new entry brings only on the server's own saves (the importer's)", () => {
    const brought = { kind: 'update', text: 'Old note.', date: '2026-02-20T09:00:00.000Z', madeBy: 'Import' };
    expect(reconcileCorrections([brought], [], [], { ...stamp(), ownSave: true }).entries[0]).toMatchObject({ date: brought.date, madeBy: 'Import' });
    expect(reconcileCorrections([{ ...brought, date: 'not a date' }], [], [], { ...stamp(), ownSave: true }).entries[0].date).toBe('2026-03-01T12:00:00.000Z');
    expect(reconcileCorrections([brought], [], [], stamp()).entries[0]).toMatchObject({ date: '2026-03-01T12:00:00.000Z', madeBy: 'Cleo' });
  });

  it('keeps the key, date and author of an entry the server knows, even when the caller sends others', () => {
    const { entries } = reconcileCorrections([sent(first, { date: '2030-01-01T00:00:00.000Z', madeBy: 'Mallory', id: 7 })], [first], [first], stamp());
    expect(entries).toEqual([{ ...first, id: 7 }]);
  });

  it('lets an editor append an entry after the published ones', () => {
    const { entries, findings } = reconcileCorrections([sent(first), { kind: 'update', text: 'New.' }], [first], [first], stamp());
    expect(findings).toEqual([]);
    expect(entries.map((entry) => entry.key)).toEqual(['k1', 'new-1']);
  });

  it('lets an editor fix the typo of an entry not yet published, keeping its date', () => {
    const { entries, findings } = reconcileCorrections([sent(first), sent(second, { text: 'NATO confirmed the figures.' })], [first, second], [first], stamp());
    expect(findings).toEqual([]);
    expect(entries[1]).toEqual({ ...second, text: 'NATO confirmed the figures.' });
  });

  it('lets an editor drop an entry not yet published', () => {
    expect(reconcileCorrections([sent(first)], [first, second], [first], stamp()).findings).toEqual([]);
  });

  it('refuses to remove a published entry, naming the log', () => {
    const { findings } = reconcileCorrections([sent(second)], [first, second], [first, second], stamp());
    expect(findings).toEqual([expect.objectContaining({ code: 'correction-removed', path: ['corrections'] })]);
  });

  it('takes an entry sent without its key as a new one, so a published entry sent that way counts as removed', () => {
    const { findings } = reconcileCorrections([{ kind: first.kind, text: first.text }], [first], [first], stamp());
    expect(findings.map((finding) => finding.code)).toEqual(['correction-removed']);
  });

  it.each([
    ['text', { text: 'The mission has 5,000 troops.' }, ['corrections', 0, 'text']],
    ['kind', { kind: 'clarification' }, ['corrections', 0, 'kind']],
  ])('refuses to rewrite the %s of a published entry, naming the entry and field', (_field, change, path) => {
    const { findings } = reconcileCorrections([sent(first, change)], [first], [first], stamp());
    expect(findings).toEqual([expect.objectContaining({ code: 'correction-rewritten', path })]);
  });

  it('refuses to move a published entry behind a new one', () => {
    const { findings } = reconcileCorrections([{ kind: 'update', text: 'Earlier?' }, sent(first)], [first], [first], stamp());
    expect(findings).toEqual([expect.objectContaining({ code: 'correction-moved', path: ['corrections', 1] })]);
  });

  it('takes a key sent twice as one entry and a new one', () => {
    const { entries } = reconcileCorrections([sent(first), sent(first)], [first], [first], stamp());
    expect(entries.map((entry) => entry.key)).toEqual(['k1', 'new-1']);
  });

  it.each([
    ['a kind outside the list', { kind: 'retraction', text: 'Gone.' }, ['corrections', 0, 'kind']],
    ['no text', { kind: 'update', text: '   ' }, ['corrections', 0, 'text']],
    ['text too long', { kind: 'update', text: 'x'.repeat(2001) }, ['corrections', 0, 'text']],
  ])('refuses a new entry with %s, naming the field', (_case, entry, path) => {
    expect(reconcileCorrections([entry], [], [], stamp()).findings).toEqual([expect.objectContaining({ code: 'correction-invalid', path })]);
  });

  it('keeps on the record an entry a publish took out, after the story is unpublished', () => {
    const unpublished = onRecord([], [first, second]);
    expect(unpublished).toEqual([first]);
    const { findings } = reconcileCorrections([sent(second)], [first, second], unpublished, stamp());
    expect(findings.map((finding) => finding.code)).toEqual(['correction-removed']);
    expect(onRecord([first], [first, { ...second, firstPublished: '2026-02-22T00:00:00.000Z' }]).map((entry) => entry.key)).toEqual(['k1', 'k2']);
  });

  it('never takes the caller’s word that a new entry was published', () => {
    const { entries } = reconcileCorrections([{ kind: 'update', text: 'New.', firstPublished: '2026-01-01T00:00:00.000Z' }], [], [], stamp());
    expect(entries[0].firstPublished).toBeNull();
  });

  it('reads in the stage history as what was published, quoted', () => {
    expect(correctionNote('correction', 'The mission has 4,000 troops.')).toBe('Correction published: "The mission has 4,000 troops."');
    expect(correctionNote('update', 'x'.repeat(300))).toHaveLength('Update published: ""'.length + 200);
  });
});
