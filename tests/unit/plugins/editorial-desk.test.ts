import { sectionFilter, stageLabel, unpublishedStages, waitingStages } from '../../../src/plugins/editorial/server/src/domain/desk';
import { DEFAULT_STAGES } from '../../../src/plugins/editorial/server/src/domain/stages';

describe("The dashboard's desk", () => {
  it('counts as waiting on an editor every stage between the first and published', () => {
    expect(waitingStages(DEFAULT_STAGES)).toEqual(['in-review', 'approved']);
    expect(unpublishedStages(DEFAULT_STAGES)).toEqual(['draft', 'in-review', 'approved']);
  });

  it.each([
    ['every section', { every: true as const }, {}],
    ['the sections edited', { every: false as const, slugs: ['politics'] }, { category: { slug: { $in: ['politics'] } } }],
    ['no section at all', { every: false as const, slugs: [] }, null],
  ])('filters articles on %s', (_case, scope, filter) => {
    expect(sectionFilter(scope)).toEqual(filter);
  });

  it('names a stage by its label, and one no longer configured by its id', () => {
    expect(stageLabel(DEFAULT_STAGES, 'in-review')).toBe('In review');
    expect(stageLabel(DEFAULT_STAGES, 'legal')).toBe('legal');
  });
});
