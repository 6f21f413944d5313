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

/** A section, a byline and a kicker label for one suite, and articles filed under all three. */
export function desk(): { section: () => Filed; kickerLabel: () => string; filed: (extra?: Record<string, unknown>) => Promise<Published> } {
  let section: Filed;
  let byline: Filed;
  const kickerLabel = unique('Series');
  beforeAll(async () => {
    section = await category('Delivery desk');
    byline = await author('Ana Delivery');
  });
  return {
    section: () => section,
    kickerLabel: () => kickerLabel,
    filed: (extra = {}) => story({ category: section.documentId, authors: [byline.documentId], kickerLabel, ...extra }),
  };
}
