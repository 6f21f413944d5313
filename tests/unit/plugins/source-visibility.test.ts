import { sourcesToWithdraw } from '../../../src/plugins/sourcing/server/src/domain/source-visibility';

describe('sourcesToWithdraw', () => {
  it('withdraws a source the published version cited that nothing published cites any more', () => {
    expect(sourcesToWithdraw(['a', 'b'], new Set(['a', 'b']), new Set(['b']))).toEqual(['a']);
  });

  it('keeps every source something published still cites', () => {
    expect(sourcesToWithdraw(['a', 'b'], new Set(['a', 'b']), new Set(['a', 'b']))).toEqual([]);
  });

  it('leaves alone a source that is no longer published', () => {
    expect(sourcesToWithdraw(['a'], new Set(), new Set())).toEqual([]);
  });

  it('never touches a source the published version did not cite, whoever published it', () => {
    expect(sourcesToWithdraw([], new Set(['by-hand']), new Set())).toEqual([]);
  });

  it('names a source cited twice once', () => {
    expect(sourcesToWithdraw(['a', 'a'], new Set(['a']), new Set())).toEqual(['a']);
  });
});
