import type { Test } from 'supertest';
import { approve } from './editorial';
import { as, draftBy } from './editorial-desk';
import { http, unique } from './http';
import { strapiInstance } from './strapi';

// What the scheduling suites share: an approved article with a sourced quote, a schedule set over the admin API, and a
// wait for what the scheduler does in its own time.

export const SCHEDULES = '/editorial/schedules';

export interface Scheduled {
  documentId: string;
  slug: string;
  title: string;
  /** The address the article's one highlight cites: its Source must not be shown before the article is. */
  sourceUrl: string;
}

/** An approved article, saved by the chief editor, quoting an outside source of its own. */
export async function approvedStory(chief: string, extra: Record<string, unknown> = {}): Promise<Scheduled> {
  const title = unique('Embargoed story');
  const sourceUrl = `https://embargo-${Date.now()}-${Math.round(Math.random() * 1e6)}.example.org/statement`;
  const body = `The ministry said <a href="${sourceUrl}"><mark class="yellow">the talks resume on Monday</mark></a>.`;
  const draft = await draftBy(chief, { title, deck: 'A standfirst.', body, ...extra });
  await approve(draft.documentId);
  const row = (await strapiInstance()
    .db.query('api::article.article')
    .findOne({ where: { documentId: draft.documentId, publishedAt: null }, select: ['slug'] })) as { slug: string };
  return { documentId: draft.documentId, slug: row.slug, title, sourceUrl };
}

export const inSeconds = (seconds: number): string => new Date(Date.now() + seconds * 1000).toISOString();

export const schedule = (token: string, documentId: string, publishAt: string, type = 'article'): Test =>
  as(token).put(`${SCHEDULES}/${type}/${documentId}`, { publishAt });

export const cancelSchedule = (token: string, documentId: string, type = 'article'): Test =>
  http().delete(`${SCHEDULES}/${type}/${documentId}`).set('Authorization', `Bearer ${token}`);

/** Asks `check` every quarter second until it answers true, for at most `seconds`; answers whether it did. */
export async function eventually(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The article's stage history notes, newest first, from the stage control. */
export async function historyNotes(chief: string, documentId: string): Promise<string[]> {
  const view = await as(chief).get(`/editorial/articles/${documentId}/stage`).expect(200);
  return (view.body.data.history as Array<{ note: string | null }>).map((change) => change.note ?? '');
}

export async function scheduleState(documentId: string): Promise<string | null> {
  const row = (await strapiInstance()
    .db.query('plugin::editorial.schedule')
    .findOne({ where: { targetDocumentId: documentId }, orderBy: [{ id: 'desc' }], select: ['state'] })) as { state: string } | null;
  return row?.state ?? null;
}
