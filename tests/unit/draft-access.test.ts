import { API_TOKEN_STRATEGY, draftAccessProblem } from '#domain/draft-access';

describe('draftAccessProblem', () => {
  it.each([
    [undefined, undefined],
    ['published', undefined],
    ['published', 'users-permissions'],
    ['draft', API_TOKEN_STRATEGY],
  ])('allows status %j for a %s caller', (status, strategy) => {
    expect(draftAccessProblem(status, strategy)).toBeNull();
  });

  it.each([undefined, 'users-permissions'])('forbids drafts to a %s caller', (strategy) => {
    expect(draftAccessProblem('draft', strategy)?.kind).toBe('forbidden');
  });

  it.each(['preview', 'DRAFT', '', ['draft'], { $ne: 'published' }])('calls status %j invalid', (status) => {
    expect(draftAccessProblem(status, API_TOKEN_STRATEGY)?.kind).toBe('invalid');
  });
});
