import type { Core } from '@strapi/strapi';
import { baseUrlOf, chooseArticle, chooseDraftToPreview, demoLinks, type DemoLink } from './closing';
import { ARTICLE_UID, FACT_CHECK_UID } from '#domain/uids';

type PreviewHandler = (uid: string, document: { documentId: string; status: string }) => string | null;

/** The Content Manager's own preview link for the document (config/admin.ts), so the demo prints what it would open. */
function previewLink(strapi: Core.Strapi, uid: string, documentId: string): string {
  const handler = strapi.config.get('admin.preview.config.handler') as PreviewHandler | undefined;
  const url = handler?.(uid, { documentId, status: 'draft' });
  if (!url) throw new Error('The Content Manager has no preview for articles: is the delivery plugin switched off?');
  return url;
}

/** The addresses worth opening, made from the imported newsroom and the fact check the demo published. */
export async function collectDemoLinks(strapi: Core.Strapi, factCheck: { documentId: string; slug: string }): Promise<{ base: string; links: DemoLink[] }> {
  const base = baseUrlOf(strapi.config.get('server.url') as string | undefined, Number(strapi.config.get('server.port')));
  const articles = strapi.documents(ARTICLE_UID);
  const published = await articles.findMany({ status: 'published', fields: ['slug', 'datePublished'], populate: { highlights: { fields: ['documentId'] } } });
  const articleSlug = chooseArticle(
    published.map((article) => ({
      slug: String(article.slug),
      datePublished: article.datePublished ? new Date(article.datePublished as string).toISOString() : null,
      highlights: Array.isArray(article.highlights) ? article.highlights.length : 0,
    })),
  );
  if (!articleSlug) throw new Error('No published article to show: did the import run?');
  const drafts = await articles.findMany({ status: 'draft', fields: ['slug'] });
  const draft = chooseDraftToPreview(
    drafts.map((article) => ({ documentId: article.documentId, slug: String(article.slug) })),
    new Set(published.map((article) => article.documentId)),
  );
  const preview = draft
    ? { label: 'Draft preview', url: previewLink(strapi, ARTICLE_UID, draft.documentId) }
    : { label: 'Fact check preview', url: previewLink(strapi, FACT_CHECK_UID, factCheck.documentId) };
  return { base, links: demoLinks({ base, articleSlug, factCheckSlug: factCheck.slug, preview }) };
}
