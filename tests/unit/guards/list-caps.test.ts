import { listCapMessage, listsOverCap } from '../../../src/guards/list-caps';

const attributes = {
  title: { type: 'string' },
  sections: { type: 'component', repeatable: true, max: 2 },
  citations: { type: 'component', repeatable: true },
};

describe('list caps', () => {
  it('refuse a repeatable list longer than its schema allows, naming it', () => {
    const over = listsOverCap({ sections: [{}, {}, {}] }, attributes);
    expect(over).toEqual([{ field: 'sections', count: 3, max: 2 }]);
    expect(listCapMessage(over[0])).toBe('sections holds 3 items; at most 2 are kept.');
  });

  it('let lists at the cap, lists without one and other fields through', () => {
    expect(listsOverCap({ sections: [{}, {}], citations: Array.from({ length: 500 }, () => ({})), title: 'x'.repeat(500) }, attributes)).toEqual([]);
  });
});
