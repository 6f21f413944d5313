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
