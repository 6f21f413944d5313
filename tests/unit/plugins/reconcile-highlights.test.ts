import { extractHighlights } from '../../../src/plugins/sourcing/server/src/domain/extract-highlights';
import { reconcileHighlights, type StoredHighlight } from '../../../src/plugins/sourcing/server/src/domain/reconcile-highlights';

const BODY = 'First <mark class="yellow">alpha quote</mark> then <mark>beta quote</mark> and <mark class="rose">gamma quote</mark>.';

function stored(body: string, published = false): StoredHighlight[] {
  return extractHighlights(body).marks.map((mark, index) => ({ ...mark, documentId: `h${index}`, anchorState: 'anchored', published }));
}

function plan(before: string, after: string, published = false) {
  const { marks, text } = extractHighlights(after);
  return reconcileHighlights(stored(before, published), marks, text);
}

describe('reconcileHighlights', () => {
  it('plans no write when the body is saved unchanged', () => {
    const result = plan(BODY, BODY);
    expect(result.create).toEqual([]);
    expect(result.remove).toEqual([]);
    expect(result.update.every((update) => Object.keys(update.changes).length === 0)).toBe(true);
  });

  it('keeps identities and records new positions when text is inserted above', () => {
    const result = plan(BODY, `A new opening paragraph.\n\n${BODY}`);
    expect(result.update.map((update) => update.documentId)).toEqual(['h0', 'h1', 'h2']);
    for (const { changes } of result.update) expect(changes).toMatchObject({ anchorState: 'moved', start: expect.any(Number) });
  });

  it('removes the highlight whose mark was taken away while its words stayed', () => {
    const result = plan(BODY, BODY.replace('<mark>beta quote</mark>', 'beta quote'));
    expect(result.remove).toEqual(['h1']);
  });

  it.each([
    ['quotes', 'Said <mark>"we will stay" and it\'s final</mark>.', 'Said "we will stay" and it\'s final.'],
    ['dashes and an ellipsis', 'A <mark>pause -- then --- more...</mark>', 'A pause -- then --- more...'],
  ])('removes the highlight whose mark was taken away from words with %s, which are then shown typographically', (_case, before, after) => {
    expect(plan(before, after).remove).toEqual(['h0']);
  });

  it('only marks removed a highlight readers see whose mark was taken away in the draft, until the article is published', () => {
    const result = plan(BODY, BODY.replace('<mark>beta quote</mark>', 'beta quote'), true);
    expect(result.remove).toEqual([]);
    expect(result.update.find((update) => update.documentId === 'h1')).toMatchObject({ mark: null, changes: { anchorState: 'removed' } });
  });

  it('gives a removed highlight back its identity when its mark is put back', () => {
    const before = stored(BODY, true).map((highlight) => (highlight.documentId === 'h1' ? { ...highlight, anchorState: 'removed' as const } : highlight));
    const { marks, text } = extractHighlights(BODY);
    const result = reconcileHighlights(before, marks, text);
    expect(result.create).toEqual([]);
    expect(result.update.find((update) => update.documentId === 'h1')).toMatchObject({ changes: { anchorState: 'anchored' } });
  });

  it('deletes a removed highlight once readers no longer see it, even when its words have gone too', () => {
    const before = stored(BODY).map((highlight) => (highlight.documentId === 'h1' ? { ...highlight, anchorState: 'removed' as const } : highlight));
    const { marks, text } = extractHighlights(BODY.replace('<mark>beta quote</mark>', 'other words'));
    expect(reconcileHighlights(before, marks, text).remove).toEqual(['h1']);
  });

  it('marks orphaned the highlight whose quote is gone from the body', () => {
    const result = plan(BODY, BODY.replace('<mark>beta quote</mark>', 'something else'));
    expect(result.remove).toEqual([]);
    expect(result.update.find((update) => update.documentId === 'h1')).toMatchObject({ mark: null, changes: { anchorState: 'orphaned' } });
  });

  it('keeps the identity of a quote re-worded inside its mark', () => {
    const result = plan(BODY, BODY.replace('beta quote', 'beta citation'));
    expect(result.create).toEqual([]);
    expect(result.update.find((update) => update.documentId === 'h1')?.changes).toMatchObject({ exact: 'beta citation', anchorState: 'moved' });
  });

  it('creates a highlight for a new mark', () => {
    const result = plan(BODY, `${BODY} And <mark class="green">delta quote</mark>.`);
    expect(result.create.map((mark) => [mark.exact, mark.colour, mark.anchorState])).toEqual([['delta quote', 'green', 'anchored']]);
  });

  it('records a changed colour on the same highlight', () => {
    const result = plan(BODY, BODY.replace('class="yellow"', 'class="green"'));
    expect(result.update.find((update) => update.documentId === 'h0')?.changes).toEqual({ colour: 'green' });
  });

  it('matches a repeated quote to the nearest stored copy', () => {
    const twice = 'A <mark>same</mark> b c d e f g h i j k l m n o p q r s t u v w x y z <mark>same</mark>.';
    const result = plan(twice, twice);
    expect(result.update.map((update) => [update.documentId, update.changes])).toEqual([
      ['h0', {}],
      ['h1', {}],
    ]);
  });
});
