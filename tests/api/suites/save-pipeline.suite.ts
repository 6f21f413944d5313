import { approve, chiefEditorToken } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';
import { toSlug } from '#domain/slug';

const ARTICLE = 'api::article.article';

const kickerRows = async (label: string) =>
  strapiInstance()
    .db.query('api::kicker.kicker')
    .count({ where: { slug: toSlug(label) } });
const sourceRows = async (url: string) => strapiInstance().db.query('api::source.source').count({ where: { url } });
const stageEntries = async (documentId: string) =>
  strapiInstance()
    .db.query('plugin::editorial.stage-change')
    .count({ where: { articleDocumentId: documentId } });

async function draft(data: Record<string, unknown> = {}): Promise<{ documentId: string; updatedAt: string; slug: string }> {
  const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Pipeline story'), ...data } }).expect(201);
  return response.body.data;
}

const fieldPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

describe('The save pipeline: a refused save writes nothing', () => {
  it('proposes no kicker when the title it came with is refused as HTML', async () => {
    const { documentId } = await draft();
    const label = unique('Kicker of a refused title');
    const refused = await editor.put(`/api/articles/${documentId}?status=draft`, { data: { title: '<b>Loud</b>', kickerLabel: label } }).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['title']);
    expect(await kickerRows(label)).toBe(0);
  });

  it('proposes no kicker when an admin-panel save is refused as HTML in the title', async () => {
    const { documentId } = await draft();
    const label = unique('Kicker of a refused admin save');
    const refused = await http()
      .put(`/content-manager/collection-types/${ARTICLE}/${documentId}`)
      .set('Authorization', `Bearer ${await chiefEditorToken()}`)
      .send({ title: '<script>x</script>', kickerLabel: label })
      .expect(400);
    expect(fieldPaths(refused.body)).toEqual(['title']);
    expect(await kickerRows(label)).toBe(0);
  });

  it('proposes no kicker when the save is refused as made from a stale copy', async () => {
    const copy = await draft();
    await editor.put(`/api/articles/${copy.documentId}?status=draft`, { data: { deck: 'Moved on.', updatedAt: copy.updatedAt } }).expect(200);
    const label = unique('Kicker of a stale save');
    await editor.put(`/api/articles/${copy.documentId}?status=draft`, { data: { kickerLabel: label, updatedAt: copy.updatedAt } }).expect(409);
    expect(await kickerRows(label)).toBe(0);
  });

  it('proposes no kicker when the slug it came with is taken', async () => {
    const taken = await draft();
    const label = unique('Kicker of a slug clash');
    const refused = await editor.post('/api/articles?status=draft', { data: { title: unique('Another'), slug: taken.slug, kickerLabel: label } }).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['slug']);
    expect(await kickerRows(label)).toBe(0);
  });

  it('leaves no kicker, source, highlight or stage entry behind when a save-and-publish is refused by a gate', async () => {
    const label = unique('Kicker of a refused publish');
    const url = `https://refused-publish.example.org/${Date.now()}`;
    const body = `A claim: [<mark>we will leave by spring</mark>](${url}).`;
    const refused = await editor.post('/api/articles', { data: { title: unique('Refused at once'), kickerLabel: label, body } }).expect(400);
    expect(fieldPaths(refused.body)).toContain('stage');
    expect(await kickerRows(label)).toBe(0);
    expect(await sourceRows(url)).toBe(0);
    expect(
      await strapiInstance()
        .db.query('api::highlight.highlight')
        .count({ where: { linkUrl: url } }),
    ).toBe(0);
  });

  it('keeps the draft as it was, and its stage history, when publishing an existing draft is refused', async () => {
    const { documentId } = await draft();
    const before = await stageEntries(documentId);
    const label = unique('Kicker of a refused update');
    await editor.put(`/api/articles/${documentId}`, { data: { deck: 'Published at once?', kickerLabel: label } }).expect(400);
    const stored = await strapiInstance().documents(ARTICLE).findOne({ documentId, status: 'draft' });
    expect(stored?.deck ?? null).toBeNull();
    expect(await kickerRows(label)).toBe(0);
    expect(await stageEntries(documentId)).toBe(before);
  });

  it('reports every gate’s findings in one refusal: stage and kicker, lead image, and sourcing together', async () => {
    const label = unique('Proposed kicker');
    const body = 'Write to [<mark>the minister</mark>](mailto:minister@example.org).';
    const { documentId } = await draft({ kickerLabel: label, body });
    await strapiInstance()
      .db.query('api::kicker.kicker')
      .updateMany({ where: { slug: toSlug(label) }, data: { state: 'proposed' } });
    await editor
      .put(`/api/articles/${documentId}?status=draft`, { data: { leadImage: { origin: 'ai-generated', caption: 'A harbour.', credit: '' } } })
      .expect(200);
    const refused = await editor.put(`/api/articles/${documentId}`, { data: {} }).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['stage', 'kickerLabel', 'leadImage.file', 'body']);
  });

  it('judges a save-and-publish by the body it brings, not by the draft it replaces', async () => {
    const { documentId } = await draft({ body: 'A clean first version.' });
    await approve(documentId);
    const mailto = 'Write to [<mark>the minister</mark>](mailto:minister@example.org).';
    const refused = await editor.put(`/api/articles/${documentId}`, { data: { body: mailto } }).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['body']);
    expect(refused.body.error.message).toContain('mailto:minister@example.org');
    await editor.put(`/api/articles/${documentId}?status=draft`, { data: { body: mailto } }).expect(200);
    const fixed = 'Write to [<mark>the minister</mark>](https://example.org/minister).';
    await editor.put(`/api/articles/${documentId}`, { data: { body: fixed } }).expect(200);
  });
});

describe('The save pipeline: derived rows are not the caller’s text', () => {
  it('saves a body whose code span shows a <b> tag next to a highlight, and keeps the tag in the highlight’s context', async () => {
    const body = 'Use the `<b>` tag <mark>for bold text</mark> and nothing else.';
    const { documentId } = await draft({ body });
    const rows = await strapiInstance().plugin('sourcing').service('articleSourcing').highlights(documentId);
    expect(rows).toEqual([expect.objectContaining({ exact: 'for bold text', prefix: expect.stringContaining('<b>') })]);
  });

  it('still refuses HTML in a plain-text field sent with such a body', async () => {
    const body = 'Use the `<b>` tag <mark>for bold text</mark>.';
    const refused = await editor.post('/api/articles?status=draft', { data: { title: '<i>Bold</i>', body } }).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['title']);
  });
});

describe('The save pipeline: sources go out with the first document that cites them', () => {
  it('does not show readers a source that only a draft cites', async () => {
    const url = `https://embargoed.example.org/report-${Date.now()}`;
    await draft({ body: `The report says [<mark>troops will stay</mark>](${url}).` });
    expect(await sourceRows(url)).toBeGreaterThan(0);
    const listed = await http()
      .get('/api/sources')
      .query({ filters: { url: { $eq: url } } })
      .expect(200);
    expect(listed.body.data).toEqual([]);
  });
});

describe('The save pipeline: types without a pipeline of their own', () => {
  it('refuses an admin-panel save of a reader account made from a stale copy, with a 409', async () => {
    const USER = 'plugin::users-permissions.user';
    const name = unique('reader').replace(/\W+/g, '-').toLowerCase();
    const reader = await strapiInstance()
      .documents(USER)
      .create({ data: { username: name, email: `${name}@provenance.test`, password: 'Reader-password-1', confirmed: true } } as never);
    const path = `/content-manager/collection-types/${USER}/${reader.documentId}`;
    const { token } = await adminSession('strapi-super-admin');
    const stale = reader.updatedAt;
    await http().put(path).set('Authorization', `Bearer ${token}`).send({ blocked: true, updatedAt: stale }).expect(200);
    const refused = await http().put(path).set('Authorization', `Bearer ${token}`).send({ blocked: false, updatedAt: stale }).expect(409);
    expect(refused.body.error.name).toBe('ConflictError');
  });
});
