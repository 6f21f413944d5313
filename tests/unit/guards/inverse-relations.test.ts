import { inverseRelationsSent, type DeclaredAttribute } from '../../../src/guards/unwritable-fields';

const KICKER: Record<string, DeclaredAttribute> = {
  label: { type: 'string' },
  articles: { type: 'relation', target: 'api::article.article', mappedBy: 'kicker' },
};
const ARTICLE: Record<string, DeclaredAttribute> = { kicker: { type: 'relation', target: 'api::kicker.kicker' } };

describe('A relation changed from its inverse side', () => {
  it.each([
    ['connect', { connect: ['a'] }],
    ['disconnect', { disconnect: [{ documentId: 'a' }] }],
    ['set, even to nothing', { set: [] }],
    ['a list, even an empty one', []],
    ['one id', 'a'],
    ['null', null],
  ])('is refused when sent as %s, naming the field and where to change it', (_form, value) => {
    expect(inverseRelationsSent({ articles: value }, KICKER)).toEqual([
      { field: 'articles', message: expect.stringMatching(/set it on each article, as its kicker/) },
    ]);
  });

  it('passes when the Content Manager sends it back untouched, or it is not sent', () => {
    expect(inverseRelationsSent({ label: 'X', articles: { connect: [], disconnect: [] } }, KICKER)).toEqual([]);
    expect(inverseRelationsSent({ label: 'X' }, KICKER)).toEqual([]);
  });

  it('leaves the owning side alone', () => {
    expect(inverseRelationsSent({ kicker: { connect: ['k'] } }, ARTICLE)).toEqual([]);
  });

  it('reads nothing into a body that is not an object', () => {
    expect(inverseRelationsSent([{ articles: ['a'] }], KICKER)).toEqual([]);
    expect(inverseRelationsSent('articles', KICKER)).toEqual([]);
  });
});
