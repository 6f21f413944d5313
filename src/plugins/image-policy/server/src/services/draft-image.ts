import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { componentJoin } from '#kernel/bulk-documents/components';
import { attributesOf, columnOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { readerOf } from '#kernel/reader';
import { ARTICLE_UID } from '../constants';
import type { LeadImage } from '../domain/lead-image';
import { FILE_UID } from '#domain/uids';

const FIELDS = ['url', 'caption', 'credit', 'origin'] as const;

interface MorphJoin {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
}

/**
 * The lead image of an article's draft, with the id of its uploaded file, in one statement (the query layer's populate
 * takes three: the article, the component, the file): the publish gate reads it on every publish. Null when the draft
 * has none; an article without a draft is not found.
 */
export async function readDraftImage(strapi: Core.Strapi, documentId: string): Promise<LeadImage | null> {
  const cmps = componentJoin(strapi, ARTICLE_UID, 'leadImage');
  const component = cmps.target;
  const { joinTable: morph } = attributesOf(strapi, FILE_UID).related as unknown as { joinTable: MorphJoin };
  const knex = await readerOf(strapi);
  const row = (await knex(`${tableOf(strapi, ARTICLE_UID)} as a`)
    .leftJoin(`${cmps.table} as c`, function ofLeadImage() {
      this.on(`c.${cmps.own}`, '=', 'a.id').andOnVal('c.field', '=', cmps.field);
    })
    .leftJoin(`${tableOf(strapi, component)} as image`, 'image.id', `c.${cmps.component}`)
    .leftJoin(`${morph.name} as f`, function ofImageFile() {
      this.on(`f.${morph.morphColumn.idColumn.name}`, '=', 'image.id')
        .andOnVal(`f.${morph.morphColumn.typeColumn.name}`, '=', component)
        .andOnVal('f.field', '=', 'file');
    })
    .where('a.document_id', documentId)
    .whereNull('a.published_at')
    .first(['image.id as id', ...FIELDS.map((name) => `image.${columnOf(strapi, component, name)} as ${name}`), `f.${morph.joinColumn.name} as fileId`])) as
    (Record<(typeof FIELDS)[number], string | null> & { id: number | null; fileId: number | null }) | undefined;
  if (!row) throw new errors.NotFoundError('No such article.');
  if (row.id === null) return null;
  const { fileId, ...image } = row;
  return { ...image, file: fileId === null ? null : { id: Number(fileId) } } as LeadImage;
}
