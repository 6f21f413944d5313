import type { Core, UID } from '@strapi/strapi';
import { reportFindings } from '#kernel/run-pipeline';
import { PIPELINES } from '../../pipelines';
import { reviewList } from './review';
import type { ImportMode } from './write-document';

/**
 * What would stop a draft from being published, as the enabled publish gates of its type see it (sourcing: highlights
 * that do not lead to a web page, citations waiting for their sources, leaked reference tokens; image policy: a lead
 * image whose caption or credit breaks the policy; editorial: a kicker not approved, a category's rule unmet), one line
 * per finding. The editorial stage is left out: an imported draft is meant to start its way through the stages.
 */
export async function publishFindings(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string[]> {
  const findings = await reportFindings(strapi, PIPELINES, uid, documentId);
  return findings.map((finding) => `${finding.path.join('.')}: ${finding.message}`);
}

/**
 * What an earlier run found in a document, as it stands now, worded as that run worded it: for a published one, what
 * "Needs review" still lists (nothing once an editor has published it again); for a draft, only what the gates still
 * find once an editor has fixed part of it. A re-run reports this rather than what the first run found.
 */
export async function stillFound(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, mode: ImportMode): Promise<string[]> {
  const published = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id'] });
  if (published) {
    const review = reviewList(strapi);
    return review ? (await review.forDocument(documentId)).map((finding) => `published, needs review: ${finding.path}: ${finding.message}`) : [];
  }
  const prefix = mode === 'draft' ? 'would not be published: ' : 'kept as a draft, not published: ';
  return (await publishFindings(strapi, uid, documentId)).map((line) => `${prefix}${line}`);
}
