import request from 'supertest';
import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';
import { strapiInstance } from '../../helpers/strapi';

// Two instances on one database is a PostgreSQL deployment; an SQLite file belongs to one process.
if (process.env.DATABASE_CLIENT === 'postgres') {
  describe('Delivery: two instances on one PostgreSQL database', () => {
    let second: SecondInstance;
    const onSecond = (path: string) => request(second.origin).get(path);

    beforeAll(async () => {
      second = await startSecondInstance();
    }, 120000);

    afterAll(async () => {
      await second?.stop();
    });

    it("shows a write made on one instance on the other's next read, though the other had it cached", async () => {
      const article = (await publishArticle({ title: unique('Shared story'), deck: 'First standfirst.' })).body.data;
      expect((await onSecond(`/api/articles/by-slug/${article.slug}`).expect(200)).body.data.deck).toBe('First standfirst.');
      // Changed behind Strapi's back: the second instance keeps answering from its cache, which proves it has one.
      await strapiInstance().db.connection('articles').where({ document_id: article.documentId }).update({ deck: 'Changed underneath.' });
      expect((await onSecond(`/api/articles/by-slug/${article.slug}`).expect(200)).body.data.deck).toBe('First standfirst.');
      await editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'Corrected standfirst.' } }).expect(200);
      expect((await onSecond(`/api/articles/by-slug/${article.slug}`).expect(200)).body.data.deck).toBe('Corrected standfirst.');
    });

    it("shows an article published on one instance in the other's feed, and withdraws it there when unpublished", async () => {
      await onSecond('/api/feeds/feed.json').expect(200);
      const article = (await publishArticle({ title: unique('Fresh from the first instance') })).body.data;
      expect((await onSecond('/api/feeds/feed.json').expect(200)).text).toContain(article.title);
      await http()
        .post(`/content-manager/collection-types/api::article.article/${article.documentId}/actions/unpublish`)
        .set('Authorization', `Bearer ${await chiefEditorToken()}`)
        .send({})
        .expect(200);
      expect((await onSecond('/api/feeds/feed.json').expect(200)).text).not.toContain(article.title);
      await onSecond(`/api/articles/by-slug/${article.slug}`).expect(404);
    });
  });
}
