import { approve, publishArticle } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';

/**
 * Sources and highlights are derived from what articles and fact checks cite, so readers see them only while something
 * published cites them: a draft's links stay private (an embargoed address in a reporter's draft included).
 */

const embargoed = (): string => `https://embargo.example.org/${unique('report').replace(/\W+/g, '-').toLowerCase()}`;
const quoting = (url: string, words = 'the figures were wrong'): string => `The ministry said [<mark class="yellow">"${words}"</mark>](${url}).`;

/** What Public reads of the Source at `url`: its documentId, or null when readers cannot see it. */
async function publicSource(url: string): Promise<string | null> {
  const response = await http()
    .get(`/api/sources?filters[url][$eq]=${encodeURIComponent(url)}`)
    .expect(200);
  const [source] = response.body.data as Array<{ documentId: string }>;
  return source?.documentId ?? null;
}

async function sourceDocumentId(url: string): Promise<string> {
  const response = await editor.get(`/api/sources?status=draft&filters[url][$eq]=${encodeURIComponent(url)}`).expect(200);
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0].documentId;
}

async function draftArticle(body: string): Promise<string> {
  const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Sourced'), body } }).expect(201);
  return response.body.data.documentId;
}

async function publishedArticle(body: string): Promise<string> {
  return (await publishArticle({ title: unique('Sourced'), body })).body.data.documentId;
}

const republish = (documentId: string, body: string) => editor.put(`/api/articles/${documentId}?status=published`, { data: { body } }).expect(200);

/** Unpublishes in the Content Manager, as the chief editor: the Content API has no unpublish. */
async function unpublish(uid: string, documentId: string): Promise<void> {
  const { token } = await adminSession('provenance-chief-editor');
  await http().post(`/content-manager/collection-types/${uid}/${documentId}/actions/unpublish`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
}

const unpublishArticle = (documentId: string) => unpublish('api::article.article', documentId);

async function factCheckCiting(sourceId: string): Promise<string> {
  const data = { title: unique('Checked'), summary: 'The claim [1].', citations: [{ number: 1, source: sourceId }] };
  const response = await editor.post('/api/fact-checks?status=draft', { data }).expect(201);
  return response.body.data.documentId;
}

const publishFactCheck = (documentId: string) => editor.put(`/api/fact-checks/${documentId}?status=published`, { data: {} }).expect(200);

async function publicHighlights(articleId: string): Promise<string[]> {
  const response = await http()
    .get(`/api/highlights?filters[exact][$containsi]=${encodeURIComponent(articleId)}`)
    .expect(200);
  return (response.body.data as Array<{ exact: string }>).map((highlight) => highlight.exact);
}

describe('Sources and highlights: readers see them only with something published that cites them', () => {
  it("keeps a source cited only by a reporter's draft away from readers, by list and by id", async () => {
    const url = embargoed();
    await draftArticle(quoting(url));
    const id = await sourceDocumentId(url);
    expect(await publicSource(url)).toBeNull();
    await http().get(`/api/sources/${id}`).expect(404);
  });

  it('publishes the source with the first article citing it, and withdraws it when that article is unpublished', async () => {
    const url = embargoed();
    const article = await publishedArticle(quoting(url));
    const id = await sourceDocumentId(url);
    expect(await publicSource(url)).toBe(id);
    await unpublishArticle(article);
    expect(await publicSource(url)).toBeNull();
    await http().get(`/api/sources/${id}`).expect(404);
    await approve(article);
    await editor.put(`/api/articles/${article}?status=published`, { data: {} }).expect(200);
    expect(await publicSource(url)).toBe(id);
  });

  it('withdraws the source when the newly published version no longer links to it', async () => {
    const dropped = embargoed();
    const kept = embargoed();
    const article = await publishedArticle(`${quoting(dropped)} ${quoting(kept, 'we stand by it')}`);
    await republish(article, quoting(kept, 'we stand by it'));
    expect(await publicSource(dropped)).toBeNull();
    expect(await publicSource(kept)).not.toBeNull();
  });

  it('keeps the source out of a draft edit until that edit is published', async () => {
    const url = embargoed();
    const article = await publishedArticle(quoting(url));
    await editor.put(`/api/articles/${article}?status=draft`, { data: { body: 'The ministry said nothing.' } }).expect(200);
    expect(await publicSource(url)).not.toBeNull();
    const added = embargoed();
    await editor.put(`/api/articles/${article}?status=draft`, { data: { body: quoting(added) } }).expect(200);
    expect(await publicSource(added)).toBeNull();
  });

  it('keeps the source while another published article still cites it, and withdraws it when the last is deleted', async () => {
    const url = embargoed();
    const first = await publishedArticle(quoting(url));
    const second = await publishedArticle(quoting(url, 'a second quote'));
    await unpublishArticle(first);
    expect(await publicSource(url)).not.toBeNull();
    await editor.delete(`/api/articles/${second}`).expect(204);
    expect(await publicSource(url)).toBeNull();
  });

  it('publishes a draft-only source with the fact check citing it, and withdraws it when the fact check is unpublished or deleted', async () => {
    const url = embargoed();
    await draftArticle(quoting(url));
    const source = await sourceDocumentId(url);
    const factCheck = await factCheckCiting(source);
    expect(await publicSource(url)).toBeNull();
    await publishFactCheck(factCheck);
    expect(await publicSource(url)).toBe(source);
    await unpublish('api::fact-check.fact-check', factCheck);
    expect(await publicSource(url)).toBeNull();
    await publishFactCheck(factCheck);
    await editor.delete(`/api/fact-checks/${factCheck}`).expect(204);
    expect(await publicSource(url)).toBeNull();
  });

  it('keeps the source an article cites when a fact check citing it too is unpublished', async () => {
    const url = embargoed();
    await publishedArticle(quoting(url));
    const factCheck = await factCheckCiting(await sourceDocumentId(url));
    await publishFactCheck(factCheck);
    await unpublish('api::fact-check.fact-check', factCheck);
    expect(await publicSource(url)).not.toBeNull();
  });

  it('leaves a source an editor published by hand, cited by nothing, readable', async () => {
    const url = embargoed();
    const created = await editor.post('/api/sources', { data: { url } }).expect(201);
    expect(await publicSource(url)).toBe(created.body.data.documentId);
  });

  it('shows the highlights of an article only while it is published', async () => {
    const marker = unique('marker').replace(/\W+/g, '');
    const article = await draftArticle(quoting(embargoed(), marker));
    expect(await publicHighlights(marker)).toEqual([]);
    await approve(article);
    await editor.put(`/api/articles/${article}?status=published`, { data: {} }).expect(200);
    expect(await publicHighlights(marker)).toEqual([`"${marker}"`]);
    await unpublishArticle(article);
    expect(await publicHighlights(marker)).toEqual([]);
  });
});
