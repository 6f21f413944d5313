import { publishArticle } from '../../helpers/editorial';
import { editor, unique } from '../../helpers/http';

const post = (endpoint: string, data: Record<string, unknown>, status = 'published') => editor.post(`/api/${endpoint}?status=${status}`, { data });

describe('Slugs', () => {
  it('folds diacritics in an author slug: Andraž Tavčar → andraz-tavcar', async () => {
    // A name of its own: on PostgreSQL every test file shares one database, where the archive's Andraž Tavčar may be.
    const name = unique('Andraž Tavčar');
    const response = await post('authors', { name }).expect(201);
    expect(response.body.data.slug).toBe(`andraz-tavcar-${name.slice('Andraž Tavčar '.length)}`);
  });

  it('makes an article slug from its title when none is given', async () => {
    const title = unique("The Albanian who won the internet's strangest contest");
    const response = await post('articles', { title }, 'draft').expect(201);
    expect(response.body.data.slug).toMatch(/^the-albanian-who-won-the-internets-strangest-contest-\d+-\d+-\d+$/);
  });

  it('normalizes a slug the editor typed', async () => {
    const typed = unique('Dayton at 31');
    const response = await post('articles', { title: 'Any title', slug: typed }, 'draft').expect(201);
    expect(response.body.data.slug).toMatch(/^dayton-at-31-\d+-\d+-\d+$/);
  });

  it('refuses a slug already used by another article with a 400 on the slug field', async () => {
    const title = unique('Washington wants KFOR wound down');
    const first = await publishArticle({ title });
    const second = await post('articles', { title }, 'draft').expect(400);
    expect(second.body.error.details.errors[0].path).toEqual(['slug']);
    expect(second.body.error.message).toContain(first.body.data.slug);
  });

  it('keeps the slug when a headline is rewritten, so published URLs do not break', async () => {
    const created = await publishArticle({ title: unique('First headline') });
    const updated = await editor.put(`/api/articles/${created.body.data.documentId}`, { data: { title: 'A better headline' } }).expect(200);
    expect(updated.body.data.slug).toBe(created.body.data.slug);
  });

  it('lets a document keep its own slug across its draft and published versions', async () => {
    const created = await publishArticle({ title: unique('Republished story') });
    await editor
      .put(`/api/articles/${created.body.data.documentId}?status=published`, {
        data: { slug: created.body.data.slug, deck: 'A new standfirst.' },
      })
      .expect(200);
  });

  it('treats categories that differ only in case as one: the second is refused', async () => {
    const name = unique('Politics');
    await post('categories', { name }).expect(201);
    const response = await post('categories', { name: name.toLowerCase() }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['slug']);
  });
});
