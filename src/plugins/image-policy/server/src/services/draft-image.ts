import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributesOf, columnOf, tableOf } from '../../../../../kernel/bulk-documents/link-tables';
import { readerOf } from '../../../../../kernel/reader';
import { ARTICLE_UID } from '../constants';
import type { LeadImage } from '../domain/lead-image';

const FILE_UID = 'plugin::upload.file';
const FIELDS = ['url', 'caption', 'credit', 'origin'] as const;

interface ComponentJoin {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  on: { field: string };
}

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
  const leadImage = attributesOf(strapi, ARTICLE_UID).leadImage as unknown as { target: string; joinTable: ComponentJoin };
  const component = leadImage.target;
  const owners = attributesOf(strapi, FILE_UID).related as unknown as { joinTable: MorphJoin };
  const { joinTable: cmps } = leadImage;
  const { joinTable: morph } = owners;
  const knex = await readerOf(strapi);
  const row = (await knex(`${tableOf(strapi, ARTICLE_UID)} as a`)
    .leftJoin(`${cmps.name} as c`, function ofLeadImage() {
      this.on(`c.${cmps.joinColumn.name}`, '=', 'a.id').andOnVal('c.field', '=', cmps.on.field);
    })
    .leftJoin(`${tableOf(strapi, component)} as image`, 'image.id', `c.${cmps.inverseJoinColumn.name}`)
    .leftJoin(`${morph.name} as f`, function ofImageFile() {
      this.on(`f.${morph.morphColumn.idColumn.name}`, '=', 'image.id')
        .andOnVal(`f.${morph.morphColumn.typeColumn.name}`, '=', component)
        .andOnVal('f.field', '=', 'file');
    })
    .where('a.document_id', documentId)
    .whereNull('a.published_at')
    .first(['image.id as id', ...FIELDS.map((name) => `image.${columnOf(strapi, component, name)} as ${name}`), `f.${morph.joinColumn.name} as fileId`])) as
    | (Record<(typeof FIELDS)[number], string | null> & { id: number | null; fileId: number | null })
    | undefined;
  if (!row) throw new errors.NotFoundError('No such article.');
  if (row.id === null) return null;
  const { fileId, ...image } = row;
  return { ...image, file: fileId === null ? null : { id: Number(fileId) } } as LeadImage;
}
