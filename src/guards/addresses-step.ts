import type { Core } from '@strapi/strapi';
import { columnOf } from '#kernel/bulk-documents/link-tables';
import { fieldError, findingsError } from '#kernel/errors';
import { exclusively } from '#kernel/exclusive';
import type { Save, Step } from '#kernel/pipeline';
import { permalinkVariants } from '#domain/permalink';
import { ARTICLE_UID } from '#domain/uids';
import { addressFindings } from './addresses';
import type { FieldSchema } from './plain-text';

type Attributes = Record<string, FieldSchema>;

/** The article other than this one that holds the permalink, under any of its spellings (with or without "/"). */
async function otherHolder(strapi: Core.Strapi, spellings: string[], documentId: string | undefined): Promise<{ title?: string } | null> {
  const where = documentId ? { permalink: { $in: spellings }, documentId: { $ne: documentId } } : { permalink: { $in: spellings } };
  return strapi.db.query(ARTICLE_UID).findOne({ where, select: ['title'] });
}

/**
 * A permalink is the address an article had on the previous site, and an old link can lead to one article only: a
 * second article claiming it, under any spelling `by-permalink` would resolve, is refused. Checked again under a lock,
 * as slugs are, so two saves claiming one free permalink at once cannot both have it.
 */
async function keepPermalinkOwn({ strapi, action, data, documentId, stored }: Save): Promise<void> {
  const permalink = data?.permalink;
  if (typeof permalink !== 'string' || permalink === '') return;
  if (action === 'update' && (await stored())?.[columnOf(strapi, ARTICLE_UID, 'permalink')] === permalink) return;
  const spellings = permalinkVariants(permalink) ?? [permalink];
  const refuse = (holder: { title?: string } | null) => {
    if (holder)
      throw fieldError(
        'permalink',
        `The permalink "${permalink}" already belongs to the article "${holder.title ?? ''}"; an old address leads to one article.`,
      );
  };
  refuse(await otherHolder(strapi, spellings, documentId));
  await exclusively(strapi, `permalink:${spellings[0]}`, async () => refuse(await otherHolder(strapi, spellings, documentId)));
}

/**
 * Refuses anything but an http(s) address or a site path in the fields that hold addresses (permalink, lead image,
 * related question, source), and a permalink another article holds.
 */
export const addresses: Step = {
  name: 'addresses',
  owner: 'app',
  async run(save) {
    const { strapi, uid, data } = save;
    if (!data) return;
    const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Attributes | undefined;
    if (!attributes) return;
    const components = (component: string) => strapi.components[component as keyof typeof strapi.components]?.attributes as Attributes | undefined;
    const findings = addressFindings(uid, data, attributes, components);
    if (findings.length > 0) throw findingsError(findings);
    if (uid === ARTICLE_UID) await keepPermalinkOwn(save);
  },
};
