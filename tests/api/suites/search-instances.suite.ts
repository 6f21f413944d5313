import request from 'supertest';
import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { http, unique } from '../../helpers/http';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';

// Several instances share one PostgreSQL database and so one search table; an SQLite file belongs to one process.
if (process.env.DATABASE_CLIENT === 'postgres') {
  describe('Search: two instances on one PostgreSQL database', () => {
    let second: SecondInstance;
    const searchOnSecond = async (q: string): Promise<string[]> =>
      (await request(second.origin).get('/api/search').query({ q }).expect(200)).body.data.map((hit: { documentId: string }) => hit.documentId);

    beforeAll(async () => {
      second = await startSecondInstance();
    }, 120000);

    afterAll(async () => {
      await second?.stop();
    });

    it("finds a story published on one instance in the other's next search, and drops it there when unpublished", async () => {
      const word = `zqinst${String(process.pid).replace(/\d/g, (digit) => 'bcdfghjklm'[Number(digit)])}${Date.now().toString(36).replace(/\d/g, 'x')}`;
      // Asked first on the second instance, so its empty answer is cached there and must be dropped by the publish.
      expect(await searchOnSecond(word)).toEqual([]);
      const article = (await publishArticle({ title: unique('Shared search story'), body: `The ${word} story.` })).body.data;
      expect(await searchOnSecond(word)).toEqual([article.documentId]);
      await http()
        .post(`/content-manager/collection-types/api::article.article/${article.documentId}/actions/unpublish`)
        .set('Authorization', `Bearer ${await chiefEditorToken()}`)
        .send({})
        .expect(200);
      expect(await searchOnSecond(word)).toEqual([]);
    });
  });
}
