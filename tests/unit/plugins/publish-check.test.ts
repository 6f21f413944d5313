import { publishCheck } from '../../../src/plugins/editorial/server/src/domain/publish-check';
import { otherRulesOnPublishing } from '../../../src/plugins/sourcing/server/src/domain/other-rules';
import { linkedDocumentIds, withoutPublishedWith } from '../../../src/plugins/sourcing/server/src/domain/published-with';

const STAGE = { gate: 'editorial', code: 'stage-not-approved', path: ['stage'], message: 'This article must be approved before it is published.' };
const SECTION_RULE = { gate: 'editorial', code: 'category-rule', path: ['body'], message: 'Politics articles cite at least one outside source.' };
const IMAGE = { gate: 'image policy', code: 'ai-credit-missing-tool', path: ['leadImage', 'credit'], message: 'Name the tool.' };
const CITATION = { gate: 'citations', code: 'citation-without-source', path: ['citations', 0, 'source'], message: 'Citation [1] has no source.' };

describe('The publish check', () => {
  it('lists every gate’s finding and marks the stage as one no edit of the form can clear', () => {
    const check = publishCheck([STAGE, IMAGE], { allowed: false, message: STAGE.message });
    expect(check.refused).toBe(true);
    expect(check.findings.map(({ code, held }) => [code, held])).toEqual([
      ['stage-not-approved', true],
      ['ai-credit-missing-tool', false],
    ]);
  });

  it('adds the actor’s missing right to publish when no gate gave that reason already', () => {
    const check = publishCheck([IMAGE], { allowed: false, message: 'Your role may not publish articles.' });
    expect(check.findings[0]).toMatchObject({ gate: 'editorial', code: 'may-not-publish', path: [], held: true });
    expect(check.findings).toHaveLength(2);
  });

  it('refuses nothing when no gate finds anything and the actor may publish', () => {
    expect(publishCheck([], { allowed: true, message: 'Ready to publish.' })).toEqual({ refused: false, findings: [] });
  });
});

describe('What the Sourcing panel takes from the other rules', () => {
  it.each([
    ['a section’s sourcing rule, shown as its own', [SECTION_RULE, CITATION], { aboutSources: [SECTION_RULE], refuseElsewhere: false }],
    ['another rule refusing, so it does not say nothing blocks', [STAGE, CITATION], { aboutSources: [], refuseElsewhere: true }],
    ['nothing, when only its own gates refuse', [CITATION], { aboutSources: [], refuseElsewhere: false }],
  ])('finds %s', (_what, refusals, expected) => {
    expect(otherRulesOnPublishing(refusals)).toEqual(expected);
  });
});

describe('Draft relations the sourcing plugin publishes itself', () => {
  it('reads the linked documents of a relation and of a relation inside each component item, repeats kept', () => {
    const draft = {
      sources: [{ documentId: 'a' }, { documentId: 'b' }],
      citations: [{ source: { documentId: 'a' } }, { source: null }, { source: { documentId: 'a' } }],
    };
    expect(linkedDocumentIds(draft, { field: 'sources', manyToMany: true })).toEqual(['a', 'b']);
    expect(linkedDocumentIds(draft, { field: 'source', within: 'citations', manyToMany: false })).toEqual(['a', 'a']);
  });

  it('takes them off the Content Manager’s counts without going below zero', () => {
    expect(withoutPublishedWith({ unpublishedRelations: 3, draftM2mLinks: 1 }, { unpublishedRelations: 2, draftM2mLinks: 4 })).toEqual({
      unpublishedRelations: 1,
      draftM2mLinks: 0,
    });
  });
});
