import { adminSession, http } from '../../helpers/http';

describe('Admin panel edit views', () => {
  let token: string;

  beforeAll(async () => {
    ({ token } = await adminSession('provenance-chief-editor'));
  });

  it('shows the schema description under an article field', async () => {
    const response = await http().get('/content-manager/content-types/api::article.article/configuration').set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body.data.contentType.metadatas.title.edit.description).toBe('The headline.');
  });

  it('shows the schema description under a component field', async () => {
    const response = await http().get('/content-manager/components/factcheck.citation/configuration').set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body.data.component.metadatas.number.edit.description).toMatch(/number as written in the text/);
  });

  it('shows the relations the sourcing plugin derives from the text as read-only, keeping their help', async () => {
    const response = await http().get('/content-manager/content-types/api::article.article/configuration').set('Authorization', `Bearer ${token}`).expect(200);
    const { metadatas } = response.body.data.contentType;
    expect(metadatas.highlights.edit).toMatchObject({ editable: false, description: expect.stringContaining('sourcing plugin') });
    expect(metadatas.sources.edit.editable).toBe(false);
    expect(metadatas.title.edit.editable).not.toBe(false);
  });
});
