import { readConfig, validateConfig } from '../../../src/plugins/editorial/server/src/config';
import { categoryFindings, categoryRulesProblem, describeRule } from '../../../src/plugins/editorial/server/src/domain/category-rules';
import { kickerMoveAllowed, kickerPublishProblem, type KickerState } from '../../../src/plugins/editorial/server/src/domain/kicker-state';
import {
  DEFAULT_STAGES,
  currentStage,
  judgeMove,
  publishVerdict,
  stageAction,
  stagesProblem,
  transitionTable,
  type Mover,
} from '../../../src/plugins/editorial/server/src/domain/stages';

const mover = (actions: string[], sections: string[] = [], everySection = false): Mover => ({
  holds: (action) => actions.includes(action),
  everySection,
  sections,
});

const REPORTER = mover([stageAction('in-review')]);
const SECTION_EDITOR = mover([stageAction('draft'), stageAction('in-review'), stageAction('approved')], ['politics']);
const CHIEF = mover([stageAction('draft'), stageAction('in-review'), stageAction('approved')], [], true);

describe('transitionTable', () => {
  it('moves one step forward, back to any earlier stage, and into and out of "published" by (un)publishing', () => {
    expect(transitionTable(DEFAULT_STAGES)).toEqual([
      { from: 'draft', to: 'in-review', kind: 'forward' },
      { from: 'in-review', to: 'approved', kind: 'forward' },
      { from: 'in-review', to: 'draft', kind: 'back' },
      { from: 'approved', to: 'published', kind: 'publish' },
      { from: 'approved', to: 'draft', kind: 'back' },
      { from: 'approved', to: 'in-review', kind: 'back' },
      { from: 'published', to: 'approved', kind: 'unpublish' },
    ]);
  });

  it('follows a configured list', () => {
    const stages = readConfig({
      stages: [
        { id: 'draft', label: 'Draft' },
        { id: 'legal', label: 'Legal check' },
        { id: 'live', label: 'Live' },
      ],
    }).stages;
    expect(transitionTable(stages).map((move) => `${move.from}>${move.to}`)).toEqual(['draft>legal', 'legal>live', 'legal>draft', 'live>legal']);
  });
});

describe('judgeMove', () => {
  it.each([
    ['a reporter submits a draft for review', REPORTER, 'draft', 'in-review', 'business', true],
    ['a reporter cannot approve', REPORTER, 'in-review', 'approved', 'politics', false],
    ['a reporter cannot send an article back to draft', REPORTER, 'in-review', 'draft', 'politics', false],
    ['a section editor approves in their section', SECTION_EDITOR, 'in-review', 'approved', 'politics', true],
    ['a section editor cannot approve in another section', SECTION_EDITOR, 'in-review', 'approved', 'business', false],
    ['a section editor cannot approve an article with no category', SECTION_EDITOR, 'in-review', 'approved', null, false],
    ['a section editor submits anywhere: review is not scoped', SECTION_EDITOR, 'draft', 'in-review', 'business', true],
    ['a chief editor approves in any section', CHIEF, 'in-review', 'approved', 'business', true],
    ['a chief editor sends an approved article back to draft', CHIEF, 'approved', 'draft', null, true],
  ] as const)('%s', (_name, who, from, to, category, allowed) => {
    expect(judgeMove(DEFAULT_STAGES, { from, to, mover: who, category }).ok).toBe(allowed);
  });

  it.each([
    ['jumps from draft straight to approved', 'draft', 'approved', /cannot go from Draft to Approved/],
    ['moves to the stage it is in', 'draft', 'draft', /already Draft/],
    ['asks for a stage that does not exist', 'draft', 'legal', /no stage "legal"/],
    ['publishes through the stage control', 'approved', 'published', /by publishing it/],
    ['unpublishes through the stage control', 'published', 'approved', /by publishing it/],
  ])('refuses as invalid, even to a chief editor, a move that %s', (_name, from, to, message) => {
    const verdict = judgeMove(DEFAULT_STAGES, { from, to, mover: CHIEF, category: null });
    expect(verdict).toEqual({ ok: false, reason: 'invalid', message: expect.stringMatching(message) });
  });

  it('says why a move is forbidden', () => {
    expect(judgeMove(DEFAULT_STAGES, { from: 'in-review', to: 'approved', mover: REPORTER, category: null })).toEqual({
      ok: false,
      reason: 'forbidden',
      message: 'Your role may not move articles to Approved.',
    });
    expect(judgeMove(DEFAULT_STAGES, { from: 'in-review', to: 'approved', mover: SECTION_EDITOR, category: 'business' })).toMatchObject({
      reason: 'forbidden',
      message: 'You may move articles to Approved only in the sections you edit.',
    });
  });

  it('reads an article with no stage, or a stage no longer configured, as in the first stage', () => {
    expect(currentStage(DEFAULT_STAGES, null).id).toBe('draft');
    expect(currentStage(DEFAULT_STAGES, 'legal').id).toBe('draft');
    expect(judgeMove(DEFAULT_STAGES, { from: 'legal', to: 'in-review', mover: REPORTER, category: null }).ok).toBe(true);
  });
});

describe('publishVerdict', () => {
  it.each([
    [null, false],
    ['draft', false],
    ['in-review', false],
    ['approved', true],
    ['published', true],
  ])('an article in stage %s may be published: %s', (stage, ok) => {
    expect(publishVerdict(DEFAULT_STAGES, stage).ok).toBe(ok);
  });

  it('names the stage publishing needs', () => {
    expect(publishVerdict(DEFAULT_STAGES, 'in-review')).toEqual({
      ok: false,
      message: 'This article is not approved yet: an article is published only once it is approved.',
    });
  });
});

describe('stage configuration', () => {
  it.each([
    ['a single stage', [{ id: 'draft', label: 'Draft' }], /at least two/],
    [
      'an id with capitals',
      [
        { id: 'Draft', label: 'Draft' },
        { id: 'live', label: 'Live' },
      ],
      /lower-case/,
    ],
    [
      'a stage without a label',
      [
        { id: 'draft', label: ' ' },
        { id: 'live', label: 'Live' },
      ],
      /needs a label/,
    ],
    [
      'a stage listed twice',
      [
        { id: 'draft', label: 'Draft' },
        { id: 'draft', label: 'Again' },
      ],
      /listed twice/,
    ],
    [
      'scoped that is not a boolean',
      [
        { id: 'draft', label: 'Draft', scoped: 'yes' },
        { id: 'live', label: 'Live' },
      ],
      /true or false/,
    ],
  ])('refuses %s', (_name, stages, message) => {
    expect(stagesProblem(stages)).toMatch(message);
    expect(() => validateConfig({ stages } as never)).toThrow(message);
  });

  it('accepts the default stages and scopes a configured stage unless told otherwise', () => {
    expect(stagesProblem(DEFAULT_STAGES)).toBeNull();
    expect(
      readConfig({
        stages: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B', scoped: false },
        ],
      }).stages,
    ).toEqual([
      { id: 'a', label: 'A', scoped: true },
      { id: 'b', label: 'B', scoped: false },
    ]);
  });
});

describe('kicker states', () => {
  it.each([
    ['proposed', 'approved', true],
    ['proposed', 'retired', true],
    ['approved', 'retired', true],
    ['retired', 'approved', true],
    ['approved', 'proposed', false],
    ['retired', 'proposed', false],
  ] as Array<[KickerState, KickerState, boolean]>)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(kickerMoveAllowed(from, to)).toBe(allowed);
  });

  it('lets an article be published under an approved kicker or none, and says why not otherwise', () => {
    expect(kickerPublishProblem(null)).toBeNull();
    expect(kickerPublishProblem({ label: 'NATO 3.0', state: 'approved' })).toBeNull();
    expect(kickerPublishProblem({ label: 'Nato 3', state: 'proposed' })).toMatch(/^The kicker "Nato 3" is proposed, not approved/);
    expect(kickerPublishProblem({ label: 'Old series', state: 'retired' })).toMatch(/is retired/);
  });
});

describe('category rules', () => {
  const RULES = { politics: { minCitedSources: 1 } };
  const POLITICS = { slug: 'politics', name: 'Politics' };

  it('asks a politics article for one outside source, on the body', () => {
    expect(categoryFindings(RULES, POLITICS, { citedSources: 0 })).toEqual([
      {
        code: 'category-rule',
        path: ['body'],
        message: 'Politics articles cite at least one outside source: link a highlighted passage to its source (0 so far).',
      },
    ]);
    expect(categoryFindings(RULES, POLITICS, { citedSources: 1 })).toEqual([]);
  });

  it('asks nothing of a category without rules, or of an article without a category', () => {
    expect(categoryFindings(RULES, { slug: 'living', name: 'Living' }, { citedSources: 0 })).toEqual([]);
    expect(categoryFindings(RULES, null, { citedSources: 0 })).toEqual([]);
  });

  it('describes a rule for the category page', () => {
    expect(describeRule({ minCitedSources: 2 })).toEqual(['cites at least 2 outside sources']);
    expect(describeRule(undefined)).toEqual([]);
  });

  it.each([
    ['a list', [], /maps category slugs/],
    ['an unknown rule', { politics: { minQuotes: 2 } }, /minQuotes is not a rule/],
    ['a negative minimum', { politics: { minCitedSources: -1 } }, /whole number/],
  ])('refuses %s in the configuration', (_name, rules, message) => {
    expect(categoryRulesProblem(rules)).toMatch(message);
    expect(() => validateConfig({ categoryRules: rules } as never)).toThrow(message);
  });
});
