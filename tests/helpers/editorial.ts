import type { Response } from 'supertest';
import { adminSession, editor, http } from './http';
import { strapiInstance } from './strapi';

let chief: Promise<string> | undefined;

/** One chief editor's admin session for the run: they take articles through the editorial stages. */
export const chiefEditorToken = (): Promise<string> => (chief ??= adminSession('provenance-chief-editor').then((session) => session.token));

/** Asks the stage control to move an article, as the holder of `token` (the chief editor by default). */
export async function moveStage(documentId: string, to: string, token?: string, note?: string): Promise<Response> {
  return http()
    .post(`/editorial/articles/${documentId}/stage`)
    .set('Authorization', `Bearer ${token ?? (await chiefEditorToken())}`)
    .send({ to, note });
}

const expectStatus = (response: Response, status: number, what: string): Response => {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
};

/** Takes a draft through review to approval, as the chief editor, so it may be published. */
export async function approve(documentId: string): Promise<void> {
  for (const to of ['in-review', 'approved']) expectStatus(await moveStage(documentId, to), 200, `moving ${documentId} to ${to}`);
}

/**
 * Publishes an article the way the editorial workflow asks: saved as a draft, approved, then published with a
 * full-access API token. Answers the publishing call, checked against the status a test expects of it.
 */
export async function publishArticle(data: Record<string, unknown>, status = 200): Promise<Response> {
  const draft = expectStatus(await editor.post('/api/articles?status=draft', { data }), 201, 'saving the draft');
  const { documentId } = draft.body.data as { documentId: string };
  await approve(documentId);
  return expectStatus(await editor.put(`/api/articles/${documentId}?status=published`, { data: {} }), status, 'publishing');
}

/**
 * An article draft already approved through the editorial stages, made in-process (for the admin-panel tests), so
 * only the rule a test is about stands before publishing.
 */
export async function approvedDraft(data: Record<string, unknown>): Promise<{ documentId: string; slug?: unknown }> {
  const draft = await strapiInstance()
    .documents('api::article.article')
    .create({ data } as never);
  const trusted = { user: null, name: 'Test', can: () => true };
  await strapiInstance().plugin('editorial').service('stages').set(draft.documentId, 'approved', null, trusted);
  return draft;
}
