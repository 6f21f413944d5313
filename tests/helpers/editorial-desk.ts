import type { Response } from 'supertest';
import { adminSession, editor, http, unique } from './http';
import { strapiInstance } from './strapi';

// What the editorial suites share: the newsroom's admin sessions, and saving, publishing and reading articles as one of them.

export const CM = '/content-manager/collection-types/api::article.article';
export const ARTICLE = 'api::article.article';

export const as = (token: string) => ({
  get: (url: string) => http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: object = {}) => http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: object) => http().put(url).set('Authorization', `Bearer ${token}`).send(body),
});
export const paths = (response: Response) => (response.body.error.details.errors as Array<{ path: string[] }>).map((error) => error.path.join('.'));

export interface Desk {
  reporter: string;
  chief: string;
  sectionEditor: string;
  sectionEditorEmail: string;
}

/** A reporter, a chief editor and a section editor, each signed in to the admin panel. */
export async function deskSessions(): Promise<Desk> {
  const sessions = await Promise.all(['provenance-reporter', 'provenance-chief-editor', 'provenance-section-editor'].map((code) => adminSession(code)));
  const [reporter, chief, sectionEditor] = sessions.map((session) => session.token);
  return { reporter, chief, sectionEditor, sectionEditorEmail: sessions[2].email };
}

export async function category(name: string): Promise<{ documentId: string; slug: string }> {
  return (await editor.post('/api/categories', { data: { name: unique(name) } }).expect(201)).body.data;
}

/** An article saved in the admin panel by the holder of `token`, as the edit view sends it. */
export async function draftBy(token: string, data: Record<string, unknown>): Promise<{ documentId: string; kickerLabel: string | null }> {
  const response = await as(token).post(CM, { title: unique('Editorial story'), ...data });
  expect(response.status).toBeLessThan(300);
  return response.body.data;
}

export const publishAs = (token: string, documentId: string) => as(token).post(`${CM}/${documentId}/actions/publish`);

export async function kickerOf(documentId: string, status: 'draft' | 'published' = 'draft') {
  const row = await strapiInstance()
    .db.query(ARTICLE)
    .findOne({
      where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
      populate: { kicker: true },
    });
  return { label: row?.kickerLabel as string | null, kicker: row?.kicker as { documentId: string; label: string; state: string } | null };
}
