import { noteDate, readCorrectionNotes, withStoredCorrections } from '../../../src/importer/domain/correction-notes';

const ZONE = 'Europe/Ljubljana';
const POSTED = '2026-02-19T07:00:00.000Z';
const read = (frontMatter: Record<string, unknown>, body: string) => readCorrectionNotes(frontMatter, body, POSTED, ZONE);

describe("a Jekyll post's correction notes", () => {
  it('become entries from a front-matter corrections list, dated from the note or else the post', () => {
    const { entries, notes } = read(
      { corrections: ['The bridge is 2.4 km long.', { kind: 'update', text: 'NATO *confirmed*.', date: '2026-02-21' }, { kind: 'retraction' }] },
      'Body.',
    );
    expect(entries).toEqual([
      { kind: 'correction', text: 'The bridge is 2.4 km long.', date: POSTED },
      { kind: 'update', text: 'NATO *confirmed*.', date: '2026-02-20T23:00:00.000Z' },
    ]);
    expect(notes).toEqual([
      'front matter corrections[0]: an entry (correction) dated 2026-02-19 (the post’s date)',
      'front matter corrections[1]: an entry (update) dated 2026-02-21',
      'front matter corrections[2] has no text: not made an entry',
    ]);
  });

  it.each([
    ['Correction: The mayor spoke on Monday.', 'correction', POSTED],
    ['*Update (20 February 2026):* The port reopened.', 'update', '2026-02-19T23:00:00.000Z'],
    ['**Clarification, February 21, 2026:** It was the second vote.', 'clarification', '2026-02-20T23:00:00.000Z'],
    ['_Update 2026-02-22:_ Figures added.', 'update', '2026-02-21T23:00:00.000Z'],
  ])('become an entry from a closing paragraph: %s', (paragraph, kind, date) => {
    const { entries, notes } = read({}, `First paragraph.\n\n${paragraph}`);
    expect(entries).toEqual([{ kind, text: expect.not.stringMatching(/^[*_]|:/), date }]);
    expect(notes[0]).toMatch(/the paragraph stays in the body$/);
  });

  it('read several closing notes oldest first, and none from a paragraph that only mentions a correction', () => {
    const body = 'A correction: is not a note.\n\nCorrection: First.\n\nUpdate: Second.';
    expect(read({}, body).entries.map((entry) => entry.text)).toEqual(['First.', 'Second.']);
    expect(read({}, 'Correction: Not closing.\n\nThe end.').entries).toEqual([]);
  });

  it('count a note both listed and written at the foot once', () => {
    expect(read({ corrections: ['The mayor spoke on Monday.'] }, 'Body.\n\nCorrection: The mayor spoke on Monday.').entries).toHaveLength(1);
  });

  it('read dates as notes write them, and nothing that is not one', () => {
    expect(noteDate(' (3 Mar 2026)', ZONE)).toBe('2026-03-02T23:00:00.000Z');
    expect(noteDate(' on Smarch 3, 2026', ZONE)).toBeNull();
    expect(noteDate('', ZONE)).toBeNull();
  });
});

describe('a re-import of a post already in the CMS', () => {
  it('sends every stored entry with its key, then only the notes not yet entries', () => {
    const stored = [
      { key: 'k1', kind: 'correction', text: 'The bridge is 2.4 km long.' },
      { key: 'k2', kind: 'update', text: 'Added by an editor.' },
    ];
    const imported = [
      { kind: 'correction' as const, text: 'The bridge is 2.4 km long.', date: POSTED },
      { kind: 'update' as const, text: 'A new note.', date: POSTED },
    ];
    expect(withStoredCorrections(stored, imported)).toEqual([...stored, imported[1]]);
  });
});
