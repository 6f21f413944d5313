import type { Core, UID } from '@strapi/strapi';
import { reportFindings } from '#kernel/run-pipeline';
import { PIPELINES } from '../../pipelines';

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
 * What still keeps a document an earlier run held back from being published, as it stands now, worded as that run
 * worded it: nothing once an editor has published it, and only what the gates still find once an editor has fixed part
 * of it. A re-run reports this rather than what the first run found.
 */
export async function stillFound(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, mode: 'publish' | 'draft'): Promise<string[]> {
  const published = await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['id'] });
  if (published) return [];
  const prefix = mode === 'publish' ? 'kept as a draft, not published: ' : 'would not be published: ';
  return (await publishFindings(strapi, uid, documentId)).map((line) => `${prefix}${line}`);
}
