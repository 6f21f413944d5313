import { listsExactly } from '../../../src/plugins/sourcing/server/src/domain/listed-sources';

const wanted = (...ids: string[]) => new Set(ids);

describe('Knowing an article lists exactly its cited sources without reading the list', () => {
  it('holds when the list has as many rows as wanted sources and every one is listed', () => {
    expect(listsExactly({ count: 2, listed: wanted('a', 'b') }, wanted('a', 'b'))).toBe(true);
    expect(listsExactly({ count: 0, listed: wanted() }, wanted())).toBe(true);
  });

  it('does not hold when the list has a row more, such as a source no highlight cites any longer', () => {
    expect(listsExactly({ count: 3, listed: wanted('a', 'b') }, wanted('a', 'b'))).toBe(false);
    expect(listsExactly({ count: 1, listed: wanted() }, wanted())).toBe(false);
  });

  it('does not hold when a wanted source is not known to be listed, such as a newly linked one', () => {
    expect(listsExactly({ count: 2, listed: wanted('a') }, wanted('a', 'c'))).toBe(false);
  });

  it('is not known without highlights to read it from', () => {
    expect(listsExactly(null, wanted())).toBe(false);
  });
});
