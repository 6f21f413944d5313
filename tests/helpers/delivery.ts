import type { Test } from 'supertest';
import { publishArticle } from './editorial';
import { editor, http, unique } from './http';

/** What the delivery API suites publish and read. */
export interface Published {
  documentId: string;
  slug: string;
  title: string;
}

export interface Filed {
  documentId: string;
  slug: string;
}

export async function category(name: string): Promise<Filed> {
  return (await editor.post('/api/categories', { data: { name: unique(name) } }).expect(201)).body.data;
}

export async function author(name: string): Promise<Filed> {
  return (await editor.post('/api/authors', { data: { name: unique(name) } }).expect(201)).body.data;
}

/** A published article with one highlight citing an outside source, taken through the editorial stages. */
export async function story(fields: Record<string, unknown> = {}): Promise<Published> {
  const response = await publishArticle({
    title: unique('Delivery story'),
    deck: 'A standfirst.',
    body: 'NATO said <a href="https://www.nato.int/kfor" class="plain"><mark class="yellow">the mission goes on</mark></a>, and *more*.',
    ...fields,
  });
  return response.body.data;
}

export const bySlug = (slug: string): Test => http().get(`/api/articles/by-slug/${slug}`);

/** A public read whose body arrives as text whatever its type: supertest parses XML feeds into nothing otherwise. */
export const readAsText = (path: string): Test =>
  http()
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });

export interface Desk {
  section: Filed;
  byline: Filed;
  kickerLabel: string;
  /** A published article under the desk's section, byline and kicker (approved at once: an API token proposes it). */
  filed: (extra?: Record<string, unknown>) => Promise<Published>;
}

/** A section, a byline and a kicker label for one suite, made before its tests run. */
export function deskForSuite(): Desk {
  const desk = { kickerLabel: unique('Series') } as Desk;
  beforeAll(async () => {
    desk.section = await category('Delivery desk');
    desk.byline = await author('Ana Delivery');
  });
  desk.filed = (extra = {}) => story({ category: desk.section.documentId, authors: [desk.byline.documentId], kickerLabel: desk.kickerLabel, ...extra });
  return desk;
}
