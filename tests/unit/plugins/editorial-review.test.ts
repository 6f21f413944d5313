import { filterReview, groupReview, type ReviewRow } from '../../../src/plugins/editorial/server/src/domain/review';

const row = (target: string, gate: string, code: string, createdAt: string, message = `${code} in ${target}`): ReviewRow => ({
  contentType: 'api::article.article',
  target,
  gate,
  code,
  path: 'body',
  message,
  origin: 'import',
  createdAt,
});

const ROWS = [
  row('dodik', 'editorial', 'category-rule', '2026-12-01T10:00:00.000Z'),
  row('dodik', 'image policy', 'ai-caption', '2026-12-01T10:00:00.000Z'),
  row('biogas', 'image policy', 'ai-caption', '2026-12-01T10:00:01.000Z'),
  row('placeholder', 'editorial', 'category-rule', '2026-12-01T09:59:59.000Z'),
];

describe('The Needs review list', () => {
  it('lists each document once with every finding it was published with, oldest listing first', () => {
    const { items } = groupReview(ROWS);
    expect(items.map((item) => [item.documentId, item.findings.map((finding) => finding.code)])).toEqual([
      ['placeholder', ['category-rule']],
      ['dodik', ['category-rule', 'ai-caption']],
      ['biogas', ['ai-caption']],
    ]);
    expect(items[0]).toMatchObject({ origin: 'import', since: '2026-12-01T09:59:59.000Z', contentType: 'api::article.article' });
  });

  it('counts the documents each rule concerns, not its findings, the most common rule first', () => {
    const twice = [...ROWS, row('biogas', 'image policy', 'ai-caption', '2026-12-01T10:00:01.000Z', 'a second caption')];
    expect(groupReview(twice).rules).toEqual([
      { gate: 'editorial', code: 'category-rule', documents: 2 },
      { gate: 'image policy', code: 'ai-caption', documents: 2 },
    ]);
  });

  it('filters by rule or by gate, keeping every finding of the documents it shows', () => {
    const { items } = groupReview(ROWS);
    expect(filterReview(items, { gate: 'image policy', code: 'ai-caption' }).map((item) => item.documentId)).toEqual(['dodik', 'biogas']);
    expect(filterReview(items, { gate: 'editorial' }).map((item) => item.documentId)).toEqual(['placeholder', 'dodik']);
    expect(filterReview(items, { code: 'ai-caption' })[0].findings).toHaveLength(2);
    expect(filterReview(items, { gate: 'sourcing' })).toEqual([]);
    expect(filterReview(items, {})).toHaveLength(3);
  });

  it('reads a finding without a path or message as empty text', () => {
    const [item] = groupReview([{ ...row('x', 'sourcing', 'link', '2026-12-01T00:00:00.000Z'), path: null, message: null }]).items;
    expect(item.findings).toEqual([{ gate: 'sourcing', code: 'link', path: '', message: '' }]);
  });
});
