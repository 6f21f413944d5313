import { approvedDraft } from '../../helpers/editorial';
import { adminSession, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';
const LIST = `/content-manager/collection-types/${ARTICLE}`;

interface Listed {
  results: Array<{ documentId: string; title: string }>;
}

describe('List views made for editors', () => {
  let token: string;
  let marker: string;
  let approved: { documentId: string };
  let draft: { documentId: string };

  beforeAll(async () => {
    ({ token } = await adminSession('provenance-section-editor'));
    marker = unique('Stage list');
    approved = await approvedDraft({ title: `Approved ${marker}` });
    draft = await strapiInstance()
      .documents(ARTICLE)
      .create({ data: { title: `Drafted ${marker}` } } as never);
  });

  const list = (query: string) =>
    http()
      .get(`${LIST}?${query}&filters[$and][0][title][$contains]=${encodeURIComponent(marker)}`)
      .set('Authorization', `Bearer ${token}`);

  it('lists only the articles in the stage the Stage filter names, for a role that may not read the stage field', async () => {
    const inApproval = (await list('stage=approved').expect(200)).body as Listed;
    expect(inApproval.results.map((row) => row.documentId)).toEqual([approved.documentId]);
    const drafts = (await list('stage=draft').expect(200)).body as Listed;
    expect(drafts.results.map((row) => row.documentId)).toEqual([draft.documentId]);
  });

  it('lists nothing for a stage no article is in, rather than dropping the filter', async () => {
    const published = (await list('stage=published').expect(200)).body as Listed;
    expect(published.results).toEqual([]);
  });

  it('refuses a stage the newsroom does not have with a 400 naming stage', async () => {
    const response = await list('stage=printed').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['stage']);
  });

  it('answers the stages of the articles on a page, and refuses a list that names no document', async () => {
    const response = await http()
      .get(`/editorial/articles/stages?documentIds=${approved.documentId},${draft.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(response.body.data).toEqual({ [approved.documentId]: 'approved', [draft.documentId]: 'draft' });
    const refused = await http().get('/editorial/articles/stages?documentIds=not%20an%20id').set('Authorization', `Bearer ${token}`).expect(400);
    expect(refused.body.error.details.errors[0].path[0]).toBe('documentIds');
  });

  it('gives the Content Manager the newsroom labels and leaves the derived fields out of the article form', async () => {
    const response = await http().get(`/content-manager/content-types/${ARTICLE}/configuration`).set('Authorization', `Bearer ${token}`).expect(200);
    const { metadatas, layouts } = response.body.data.contentType as {
      metadatas: Record<string, { edit: { label: string } }>;
      layouts: { edit: Array<Array<{ name: string }>>; list: string[] };
    };
    expect(metadatas.title.edit.label).toBe('Headline');
    expect(metadatas.deck.edit.label).toBe('Standfirst');
    const placed = layouts.edit.flat().map((field) => field.name);
    for (const derived of ['imageDisclosure', 'presentation', 'highlights', 'sources', 'kicker']) expect(placed).not.toContain(derived);
    expect(layouts.list).toEqual(['title', 'kicker', 'category', 'authors', 'datePublished']);
  });
});
