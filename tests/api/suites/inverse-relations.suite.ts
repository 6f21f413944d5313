import { approve, chiefEditorToken } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { readSchemas } from '../../helpers/relation-paths';

// A relation is changed on the documents that hold it (an article names its kicker, category, bylines and sources),
// where the newsroom's rules run. Seen from the other side — a kicker's, category's or author's articles, a source's
// citing documents, an article's highlights — it is read-only: a save changing it is a 400 on the field, through the
// Content API and the Content Manager alike. Every such relation of the seven types is read from their schema files.

const { types } = readSchemas();
const INVERSE = [...types.values()].flatMap((type) =>
  Object.entries(type.attributes)
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.mappedBy)
    .map(([field]) => ({ uid: type.uid, plural: type.plural, field })),
);

const NEW_DOCUMENT: Record<string, () => Record<string, unknown>> = {
  'api::article.article': () => ({ title: unique('Held') }),
  'api::author.author': () => ({ name: unique('Writer') }),
  'api::category.category': () => ({ name: unique('Desk') }),
  'api::kicker.kicker': () => ({ label: unique('Series').slice(0, 60) }),
  'api::source.source': () => ({ url: `https://example.org/${unique('page').replace(/\W+/g, '-')}` }),
};

const ANY_ID = 'anydocumentid000000000000';
const CM = (uid: string) => `/content-manager/collection-types/${uid}`;
const pathsOf = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) => body.error?.details?.errors?.map((error) => error.path);

describe('Inverse relations: changed only on the documents that hold them', () => {
  it('finds the inverse relations of the seven types in their schemas, each with a document to try', () => {
    expect(INVERSE.map(({ uid, field }) => `${uid}.${field}`).sort()).toEqual([
      'api::article.article.highlights',
      'api::author.author.articles',
      'api::category.category.articles',
      'api::kicker.kicker.articles',
      'api::source.source.articles',
      'api::source.source.factChecks',
      'api::source.source.highlights',
    ]);
    for (const { uid } of INVERSE) expect(NEW_DOCUMENT[uid]).toBeDefined();
  });

  describe.each(INVERSE)('$uid $field', ({ uid, plural, field }) => {
    let documentId: string;
    beforeAll(async () => {
      documentId = (await editor.post(`/api/${plural}?status=draft`, { data: NEW_DOCUMENT[uid]() }).expect(201)).body.data.documentId;
    });

    it.each([
      ['connect', { connect: [ANY_ID] }],
      ['a list', [ANY_ID]],
      ['set', { set: [] }],
      ['disconnect', { disconnect: [ANY_ID] }],
    ])('is a 400 on the field when a Content API save sends it as %s', async (_form, value) => {
      const response = await editor.put(`/api/${plural}/${documentId}?status=draft`, { data: { [field]: value } });
      expect(response.status).toBe(400);
      expect(pathsOf(response.body)).toEqual([[field]]);
    });

    it('is a 400 on the field in a Content Manager save that connects one, and untouched it saves', async () => {
      const token = await chiefEditorToken();
      const refused = await http()
        .put(`${CM(uid)}/${documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ [field]: { connect: [{ documentId: ANY_ID }], disconnect: [] } });
      expect(refused.status).toBe(400);
      expect(pathsOf(refused.body)).toEqual([[field]]);
      await http()
        .put(`${CM(uid)}/${documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ [field]: { connect: [], disconnect: [] } })
        .expect(200);
    });
  });

  it("keeps a section editor from putting an approved kicker on another section's published article from the kicker's side", async () => {
    const chief = await chiefEditorToken();
    const { token: sectionEditor } = await adminSession('provenance-section-editor');
    const desk = (await editor.post('/api/categories', { data: { name: unique('Not theirs') } }).expect(201)).body.data;
    const draft = await editor.post('/api/articles?status=draft', { data: { title: unique('Elsewhere'), category: desk.documentId } }).expect(201);
    const { documentId, slug } = draft.body.data;
    await approve(documentId);
    await editor.put(`/api/articles/${documentId}?status=published`, { data: {} }).expect(200);
    const kicker = (await editor.post('/api/kickers', { data: { label: unique('Approved series').slice(0, 60) } }).expect(201)).body.data;
    await http().put(`/editorial/kickers/${kicker.documentId}/state`).set('Authorization', `Bearer ${chief}`).send({ state: 'approved' }).expect(200);
    const response = await http()
      .put(`${CM('api::kicker.kicker')}/${kicker.documentId}`)
      .set('Authorization', `Bearer ${sectionEditor}`)
      .send({ articles: { connect: [{ documentId }], disconnect: [] } });
    expect(response.status).toBe(400);
    expect(pathsOf(response.body)).toEqual([['articles']]);
    expect((await http().get(`/api/articles/by-slug/${slug}`).expect(200)).body.data.kicker).toBeNull();
  });
});
