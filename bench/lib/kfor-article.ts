import fs from 'fs';
import path from 'path';
import { parseJekyllPost } from '../../src/importer/domain/jekyll-post';
import { toSlug } from '#domain/slug';
import { FIXTURE_SITE } from './paths';
import { send } from './rest';

/** The newsroom's time zone, in which the fixture site's dates are written (as the importer and the tests read them). */
const SITE_TIME_ZONE = 'Europe/Ljubljana';

/** The KFOR post: five highlights in every colour, four of them linked to sources, under a kicker, filed in Politics. */
export function kforPost(): ReturnType<typeof parseJekyllPost> {
  const postsDir = path.join(FIXTURE_SITE, '_posts');
  const file = fs.readdirSync(postsDir).find((name) => name.includes('kfor'));
  if (!file) throw new Error(`No KFOR post in ${postsDir}.`);
  return parseJekyllPost(file, fs.readFileSync(path.join(postsDir, file), 'utf8'), SITE_TIME_ZONE);
}

/** What an article save sends, the same to the app and to bare Strapi. */
export type ArticleData = Record<string, unknown> & { body: string };

export interface SavedArticle {
  documentId: string;
  /** The body for a revision: every revision differs from the one before, in the body's text and in its length. */
  data(revision: number): ArticleData;
}

interface Created {
  data: { documentId: string };
}

const created = async (url: string, token: string, type: string, data: Record<string, unknown>): Promise<string> =>
  ((await (await send('POST', `${url}/api/${type}`, token, { data })).json()) as Created).data.documentId;

/**
 * A line before the first paragraph naming the revision, a clause longer on even revisions: the body changes on every
 * save and every mark's offsets move, so both apps rewrite the article and the app re-anchors all five highlights.
 */
export const revised = (body: string, revision: number): string => `Revision ${revision}${revision % 2 === 0 ? ', with a correction' : ''}.\n\n${body}`;

/**
 * Creates the post's category and author over REST, then the article as a draft, as an editor would with the admin
 * panel's fields: every field sent on every save, slugs included (the app claims and checks the slug on each).
 */
export async function createKforDraft(url: string, token: string): Promise<SavedArticle> {
  const post = kforPost();
  const [author] = post.authors;
  if (!post.category || !author || !post.kicker) throw new Error('The KFOR post lost its category, author or kicker.');
  const category = await created(url, token, 'categories', { name: post.category, slug: toSlug(post.category) });
  const authorId = await created(url, token, 'authors', { name: author, slug: toSlug(author) });
  const data = (revision: number): ArticleData => ({
    title: post.title,
    slug: post.slug,
    permalink: post.permalink,
    deck: post.deck,
    body: revised(post.body, revision),
    kickerLabel: post.kicker,
    category,
    authors: [authorId],
    layout: post.layout,
    datePublished: post.datePublished,
    leadImage: post.leadImage,
  });
  const documentId = await created(url, token, 'articles?status=draft', data(0));
  return { documentId, data };
}
