import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Response } from 'supertest';
import { readAsText } from './delivery';
import { chiefEditorToken } from './editorial';
import { editor, http, unique } from './http';
import { strapiInstance } from './strapi';

// What the corrections suite shares: adding a correction as an editor would, and reading it as readers and machines do.

export interface Entry {
  key: string;
  kind: string;
  text: string;
  date: string;
}

export type Story = 'articles' | 'fact-checks';

/**
 * Adds a correction with the edit view's Corrections panel route, as the holder of `token` (the chief editor by default),
 * and checks the answer's status.
 */
export async function addCorrection(story: Story, documentId: string, body: object, status = 200, token?: string): Promise<Response> {
  const response = await http()
    .post(`/editorial/${story}/${documentId}/corrections`)
    .set('Authorization', `Bearer ${token ?? (await chiefEditorToken())}`)
    .send(body);
  if (response.status !== status) throw new Error(`Adding a correction: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response;
}

/** A published fact check with one cited source and a verdict, so it has a ClaimReview. */
export async function publishedFactCheck(): Promise<{ documentId: string; slug: string; title: string }> {
  const url = `https://example.org/${unique('corrected-claim').replace(/\W+/g, '-')}`;
  const source = (await editor.post('/api/sources', { data: { url } }).expect(201)).body.data;
  const draft = await editor
    .post('/api/fact-checks?status=draft', {
      data: { title: unique('Did the ferry stop'), summary: 'It did not [1].', verdict: 'false', citations: [{ number: 1, source: source.documentId }] },
    })
    .expect(201);
  return (await editor.put(`/api/fact-checks/${draft.body.data.documentId}?status=published`, { data: {} }).expect(200)).body.data;
}

/** The entries of a story's log as stored, draft or published, with their private author. */
export async function storedLog(uid: string, documentId: string, status: 'draft' | 'published'): Promise<Array<Entry & { madeBy: string | null }>> {
  const row = await strapiInstance()
    .db.query(uid as never)
    .findOne({ where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } }, populate: { corrections: true } });
  return ((row as { corrections?: Array<Entry & { madeBy: string | null }> } | null)?.corrections ?? []).map((entry) => ({
    ...entry,
    date: new Date(entry.date).toISOString(),
  }));
}

/** The RSS items of a feed, read with a real XML parser: each item's title, link, categories and encoded content. */
export async function rssItems(path: string): Promise<Array<{ title: string; link: string; categories: string[]; content: string }>> {
  const document = parseDocument(String((await readAsText(path).expect(200)).body), { xmlMode: true });
  const text = (item: Element, name: string) => DomUtils.getElementsByTagName(name, item).map((element) => DomUtils.textContent(element));
  return DomUtils.getElementsByTagName('item', document).map((item) => ({
    title: text(item, 'title')[0],
    link: text(item, 'link')[0],
    categories: text(item, 'category'),
    content: text(item, 'content:encoded')[0] ?? '',
  }));
}

/** Everything readers can reach about a story's corrections, as text, to look for what must never show. */
export async function everyPublicRead(slug: string, story: Story): Promise<string[]> {
  const paths = [
    `/api/${story}/by-slug/${slug}`,
    `/api/${story}/by-slug/${slug}/jsonld`,
    '/api/corrections?pageSize=50',
    '/api/corrections/rss.xml',
    '/api/corrections/feed.json',
    '/api/feeds/rss.xml',
    '/api/feeds/feed.json',
  ];
  return Promise.all(paths.map(async (path) => String((await readAsText(path)).body)));
}
