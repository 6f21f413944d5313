import { approve } from '../../helpers/editorial';
import { as, CM, deskSessions, draftBy, paths, publishAs } from '../../helpers/editorial-desk';
import { editor, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const FACT_CHECK = 'api::fact-check.fact-check';
const FACT_CHECKS_CM = `/content-manager/collection-types/${FACT_CHECK}`;
const UNDISCLOSED_AI_IMAGE = { origin: 'ai-generated', caption: 'A harbour at dawn.', credit: '' };

interface CheckedFinding {
  gate: string;
  code: string;
  path: string[];
  held: boolean;
}

async function politics(): Promise<{ documentId: string }> {
  const found = await strapiInstance()
    .db.query('api::category.category')
    .findOne({ where: { slug: 'politics' } });
  return found ?? (await editor.post('/api/categories', { data: { name: 'Politics' } }).expect(201)).body.data;
}

const checkOf = async (token: string, type: string, documentId: string) =>
  (await as(token).get(`/editorial/publish-check/${type}/${documentId}`).expect(200)).body.data as { refused: boolean; findings: CheckedFinding[] };

const draftRelations = async (token: string, path: string) =>
  (await as(token).get(`${path}/actions/countDraftRelations`).expect(200)).body.data as { unpublishedRelations: number; draftM2mLinks: number };

async function factCheckCiting(text: string): Promise<{ documentId: string }> {
  return (await editor.post('/api/fact-checks?status=draft', { data: { title: unique('Did the mission end?'), summary: text } }).expect(201)).body.data;
}

const draftSource = async (host: string) =>
  (await editor.post('/api/sources?status=draft', { data: { url: `https://${host}/report-${Date.now()}` } }).expect(201)).body.data as { documentId: string };

describe('Publishing: one answer to "would this be refused, and by which rules"', () => {
  let chief: string;
  let reporter: string;

  beforeAll(async () => {
    ({ chief, reporter } = await deskSessions());
  });

  it('names every rule that refuses an unapproved politics article with an undisclosed AI image: stage, image policy and the section’s sourcing rule', async () => {
    const section = await politics();
    const article = await draftBy(chief, {
      body: 'No sources yet.',
      category: { connect: [{ documentId: section.documentId }] },
      leadImage: UNDISCLOSED_AI_IMAGE,
    });
    const check = await checkOf(chief, 'articles', article.documentId);
    expect(check.refused).toBe(true);
    expect(check.findings.map(({ gate, code }) => `${gate}:${code}`)).toEqual(
      expect.arrayContaining(['editorial:stage-not-approved', 'editorial:category-rule']),
    );
    expect(check.findings.map(({ gate }) => gate)).toContain('image policy');
    expect(check.findings.find((finding) => finding.code === 'stage-not-approved')?.held).toBe(true);
    expect(check.findings.find((finding) => finding.code === 'category-rule')?.held).toBe(false);
  });

  it('refuses that article’s publish from the admin panel with every finding in details.errors, the image policy included', async () => {
    const section = await politics();
    const article = await draftBy(chief, {
      body: 'No sources yet.',
      category: { connect: [{ documentId: section.documentId }] },
      leadImage: UNDISCLOSED_AI_IMAGE,
    });
    const refused = await publishAs(chief, article.documentId).expect(400);
    const check = await checkOf(chief, 'articles', article.documentId);
    expect(paths(refused)).toEqual(check.findings.map((finding) => finding.path.join('.')));
    expect(paths(refused)).toEqual(expect.arrayContaining(['stage', 'body', 'leadImage.file']));
  });

  it('has the Sourcing report name a section’s sourcing rule as its own, and tell other rules apart, so it never says nothing blocks', async () => {
    const section = await politics();
    const article = await draftBy(chief, { body: 'No sources yet.', category: { connect: [{ documentId: section.documentId }] } });
    const report = (await as(chief).get(`/sourcing/articles/${article.documentId}/report`).expect(200)).body.data;
    expect(report.findings).toEqual([]);
    expect(report.otherRules.aboutSources.map((finding: CheckedFinding) => finding.code)).toEqual(['category-rule']);
    expect(report.otherRules.refuseElsewhere).toBe(true);
  });

  it('finds nothing to refuse in an approved article with a clean body, for a chief editor', async () => {
    const article = await draftBy(chief, { body: 'A plain report.' });
    await approve(article.documentId);
    expect(await checkOf(chief, 'articles', article.documentId)).toEqual({ refused: false, findings: [] });
  });

  it('tells a reporter that their role may not publish an approved article, a finding no edit can clear', async () => {
    const article = await draftBy(chief, { body: 'A plain report.' });
    await approve(article.documentId);
    const check = await checkOf(reporter, 'articles', article.documentId);
    expect(check.findings).toEqual([expect.objectContaining({ gate: 'editorial', code: 'may-not-publish', held: true })]);
  });

  it('refuses a fact check citing [1] and [2] without sources for both numbers, which choosing the sources can clear', async () => {
    const factCheck = await factCheckCiting('Troops stayed [1]. The base closed [2].');
    const check = await checkOf(chief, 'fact-checks', factCheck.documentId);
    expect(check.findings.map(({ gate, code, path, held }) => [gate, code, path.join('.'), held])).toEqual([
      ['citations', 'citation-without-source', 'citations.0.source', false],
      ['citations', 'citation-without-source', 'citations.1.source', false],
    ]);
  });

  it('answers 400 for a type it does not check', async () => {
    await as(chief).get('/editorial/publish-check/kickers/abc').expect(400);
  });
});

describe('Publishing: no "publish without relations" warning for what the sourcing plugin publishes itself', () => {
  let chief: string;

  beforeAll(async () => {
    ({ chief } = await deskSessions());
  });

  it('counts no draft relations for an article whose highlight cites a source only drafts cite', async () => {
    const url = `https://draft-only.example.org/${Date.now()}`;
    const article = await draftBy(chief, { body: `They said [<mark>we stay</mark>](${url}).` });
    const source = await strapiInstance()
      .db.query('api::source.source')
      .findOne({ where: { url, publishedAt: { $notNull: true } } });
    expect(source).toBeNull();
    expect(await draftRelations(chief, `${CM}/${article.documentId}`)).toEqual({ unpublishedRelations: 0, draftM2mLinks: 0 });
    await approve(article.documentId);
    await publishAs(chief, article.documentId).expect(200);
  });

  it('counts none either for the list view’s bulk publish of such articles', async () => {
    const drafts = [];
    for (const tag of ['one', 'two'])
      drafts.push(await draftBy(chief, { body: `They said [<mark>${tag}</mark>](https://bulk-${tag}-${Date.now()}.example.org/).` }));
    const counted = await as(chief)
      .get(`${CM}/actions/countManyEntriesDraftRelations`)
      .query({ documentIds: drafts.map((draft) => draft.documentId) })
      .expect(200);
    expect(counted.body.data).toBe(0);
  });

  it('counts no draft relations for a fact check whose citations stand for draft sources', async () => {
    const factCheck = await factCheckCiting('Troops stayed [1].');
    const source = await draftSource('draft-cited.example.org');
    const draft = (await as(chief).get(`${FACT_CHECKS_CM}/${factCheck.documentId}`).expect(200)).body.data;
    const [entry] = draft.citations as Array<{ id: number; number: number }>;
    await as(chief)
      .put(`${FACT_CHECKS_CM}/${factCheck.documentId}`, {
        citations: [{ id: entry.id, number: 1, source: { connect: [{ documentId: source.documentId }], disconnect: [] } }],
      })
      .expect(200);
    expect(await draftRelations(chief, `${FACT_CHECKS_CM}/${factCheck.documentId}`)).toEqual({ unpublishedRelations: 0, draftM2mLinks: 0 });
  });
});

describe('Publishing: the citation list is edited beside the form', () => {
  let chief: string;

  beforeAll(async () => {
    ({ chief } = await deskSessions());
  });

  it('leaves the stock citations field out of the fact check’s edit layout', async () => {
    const configuration = (await as(chief).get(`/content-manager/content-types/${FACT_CHECK}/configuration`).expect(200)).body.data;
    const fields = (configuration.contentType.layouts.edit as Array<Array<{ name: string }>>).flat().map((field) => field.name);
    expect(fields).toEqual(expect.arrayContaining(['title', 'summary']));
    expect(fields).not.toContain('citations');
  });

  it('saves a source chosen for a citation the way the Citations panel sends it, and publishes the fact check with it', async () => {
    const factCheck = await factCheckCiting('Troops stayed [1].');
    const source = await draftSource('chosen.example.org');
    const draft = (await as(chief).get(`${FACT_CHECKS_CM}/${factCheck.documentId}`).expect(200)).body.data;
    const [entry] = draft.citations as Array<{ id: number }>;
    const chosen = { connect: [{ documentId: source.documentId }], disconnect: [] };
    await as(chief)
      .put(`${FACT_CHECKS_CM}/${factCheck.documentId}`, { ...draft, citations: [{ id: entry.id, number: 1, note: null, source: chosen }] })
      .expect(200);
    await as(chief).post(`${FACT_CHECKS_CM}/${factCheck.documentId}/actions/publish`).expect(200);
    const published = await strapiInstance()
      .documents(FACT_CHECK)
      .findOne({ documentId: factCheck.documentId, status: 'published', populate: { citations: { populate: ['source'] } } } as never);
    expect(
      (published as unknown as { citations: Array<{ source: { documentId: string } | null }> }).citations.map((citation) => citation.source?.documentId),
    ).toEqual([source.documentId]);
  });
});
