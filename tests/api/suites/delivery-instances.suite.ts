import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import request from 'supertest';
import { chiefEditorToken, publishArticle } from '../../helpers/editorial';
import { editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

/** Starts another Strapi on this run's database and answers its address once it serves. */
function startSecondInstance(): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'helpers', 'second-instance.js')], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ child, origin: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`The second instance exited with ${code}:\n${errors}`)));
  });
}

// Two instances on one database is a PostgreSQL deployment; an SQLite file belongs to one process.
if (process.env.DATABASE_CLIENT === 'postgres') {
  describe('Delivery: two instances on one PostgreSQL database', () => {
    let second: { child: ChildProcess; origin: string };
    const onSecond = (path: string) => request(second.origin).get(path);

    beforeAll(async () => {
      second = await startSecondInstance();
    }, 120000);

    afterAll(async () => {
      if (!second) return;
      const exited = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.kill('SIGTERM');
      await exited;
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
