import { lapsedStage, lapseNote, mayMoveCategory, visibleChanges, type VisibleDraft } from '../../../src/plugins/editorial/server/src/domain/approval';
import { DEFAULT_STAGES } from '../../../src/plugins/editorial/server/src/domain/stages';

const draft: VisibleDraft = { title: 'T', deck: 'D', body: 'B', kicker: 1, category: { id: 2, slug: 'living' }, leadImage: null };

describe('approval lapses', () => {
  it('when a field readers see changes, naming each changed field', () => {
    expect(visibleChanges(draft, draft)).toEqual([]);
    expect(visibleChanges(draft, { ...draft, deck: 'D2', leadImage: '{"file":3}', category: { id: 4, slug: 'politics' } })).toEqual([
      'deck',
      'leadImage',
      'category',
    ]);
    expect(visibleChanges(draft, { ...draft, kicker: null })).toEqual(['kicker']);
  });

  it('only from approved, back to the stage before it', () => {
    expect(lapsedStage(DEFAULT_STAGES, 'approved')?.id).toBe('in-review');
    expect(lapsedStage(DEFAULT_STAGES, 'in-review')).toBeNull();
    expect(lapsedStage(DEFAULT_STAGES, 'published')).toBeNull();
    expect(lapsedStage(DEFAULT_STAGES, null)).toBeNull();
  });

  it('with a history note that says what changed', () => {
    expect(lapseNote(['title', 'body'])).toBe('Changed after approval (title, body): back for review.');
  });
});

describe('moving an article between sections', () => {
  const sectionEditor = { everySection: false, sections: ['politics'] };

  it('needs rights in the section it leaves and the one it enters', () => {
    expect(mayMoveCategory(sectionEditor, 'living', 'politics')).toBe(false);
    expect(mayMoveCategory(sectionEditor, 'politics', 'living')).toBe(false);
    expect(mayMoveCategory({ everySection: false, sections: ['politics', 'living'] }, 'living', 'politics')).toBe(true);
    expect(mayMoveCategory({ everySection: true, sections: [] }, 'living', 'politics')).toBe(true);
  });

  it('is free when filing an uncategorised article, or when nothing moves', () => {
    expect(mayMoveCategory(sectionEditor, null, 'politics')).toBe(true);
    expect(mayMoveCategory(sectionEditor, 'living', 'living')).toBe(true);
  });
});
