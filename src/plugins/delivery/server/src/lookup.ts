import type { Core } from '@strapi/strapi';
import { CATEGORY_UID, KICKER_UID } from './constants';

export type Taxonomy = 'category' | 'kicker';

export interface Taxon {
  documentId: string;
  slug: string;
  name?: string;
  label?: string;
}

const TAXONOMY_UID: Record<Taxonomy, string> = { category: CATEGORY_UID, kicker: KICKER_UID };

/** Where the CMS itself is reached (uploaded files, feed addresses): its public URL, or the local default. */
export const cmsUrl = (strapi: Core.Strapi): string => (strapi.config.get('server.url', '') as string) || 'http://localhost:1337/';

/** The published version of the document with this slug, populated as asked; null for a draft or an unknown slug. */
export async function findPublishedBySlug<T>(strapi: Core.Strapi, uid: string, slug: string, populate: object): Promise<T | null> {
  const found = await strapi.documents(uid as never).findFirst({ filters: { slug }, status: 'published', populate } as never);
  return (found as unknown as T | null) ?? null;
}

/**
 * The category or kicker a list or feed is for. A proposed kicker has not been shown to readers; a retired one stays
 * readable as an archive.
 */
export async function findTaxon(strapi: Core.Strapi, taxonomy: Taxonomy, slug: string): Promise<{ uid: string; taxon: Taxon } | null> {
  const uid = TAXONOMY_UID[taxonomy];
  const where = taxonomy === 'kicker' ? { slug, state: { $ne: 'proposed' } } : { slug };
  const taxon = (await strapi.db.query(uid as never).findOne({ where })) as Taxon | null;
  return taxon ? { uid, taxon } : null;
}

/** A document as the Content API shows it to this caller: private fields gone. */
export function sanitizeFor(strapi: Core.Strapi, uid: string, data: unknown, auth: unknown): Promise<Record<string, unknown>> {
  return strapi.contentAPI.sanitize.output(data as Record<string, unknown>, strapi.getModel(uid as never), { auth }) as Promise<Record<string, unknown>>;
}
