import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { adminUserName, type AdminUser } from '#domain/admin-user';
import { OVERRIDE_UID } from '../constants';
import { fixesFor } from '../domain/fixes';
import { inferOrigin, withPlaceholderDefaults, type LeadImage } from '../domain/lead-image';
import { checkLeadImage, imageDisclosure, type ImageDisclosure, type PolicyFinding } from '../domain/policy';
import { overrideCovers, overriddenImage, type OverriddenImage } from '../domain/override';
import type { PolicyReport, StoredOverride } from '../domain/report';
import { getService } from '../utils';
import { readDraftImage } from './draft-image';

interface OverrideRow {
  reason: string;
  findings: Array<{ code: string }>;
  image: OverriddenImage;
  userName: string | null;
  createdAt: string | Date;
}

export type Editor = AdminUser;

/** The image policy applied to articles: prepare a lead image on save, judge it, and record overrides. */
const policy = ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => getService(strapi, 'settings').get();

  const draftImage = (documentId: string): Promise<LeadImage | null> => readDraftImage(strapi, documentId);

  async function latestOverride(documentId: string): Promise<StoredOverride | null> {
    const row = (await strapi.db.query(OVERRIDE_UID).findOne({
      where: { articleDocumentId: documentId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    })) as OverrideRow | null;
    if (!row) return null;
    const createdAt = row.createdAt instanceof Date ? row.createdAt.toISOString() : String(row.createdAt);
    return { reason: row.reason, codes: row.findings.map((finding) => finding.code), image: row.image, userName: row.userName, createdAt };
  }

  return {
    /** A lead image as it is saved: placeholder defaults, and an origin inferred from the file or the credit if unset. */
    async prepare(image: LeadImage | null | undefined): Promise<{ image: LeadImage; disclosure: ImageDisclosure }> {
      const current = await settings();
      const defaulted = withPlaceholderDefaults(image, current.placeholderCaption);
      const embeddedSourceType = defaulted.origin ? null : await getService(strapi, 'files').embeddedSourceType(defaulted.file);
      const origin = inferOrigin(defaulted, { embeddedSourceType, aiTools: current.aiTools });
      const prepared = origin ? { ...defaulted, origin } : defaulted;
      return { image: prepared, disclosure: imageDisclosure(prepared) };
    },

    async report(documentId: string): Promise<PolicyReport> {
      const image = await draftImage(documentId);
      const findings = checkLeadImage(image, await settings());
      const override = await latestOverride(documentId);
      return {
        disclosure: imageDisclosure(image),
        findings,
        fixes: fixesFor(findings),
        override: override ? { ...override, applies: findings.length > 0 && overrideCovers(override, image, findings) } : null,
      };
    },

    /** What still blocks publishing the draft: its findings, unless an override answers for them (read only then). */
    async blocking(documentId: string): Promise<PolicyFinding[]> {
      const image = await draftImage(documentId);
      const findings = checkLeadImage(image, await settings());
      if (findings.length === 0) return [];
      const override = await latestOverride(documentId);
      return override && overrideCovers(override, image, findings) ? [] : findings;
    },

    /** `reason` as overrideReason (domain/override.ts) reads it: trimmed, 10 to 1,000 characters. */
    async recordOverride(documentId: string, reason: string, user: Editor): Promise<PolicyReport> {
      const image = await draftImage(documentId);
      const findings = checkLeadImage(image, await settings());
      if (findings.length === 0) {
        const message = 'The lead image breaks no rule of the policy: there is nothing to override.';
        throw fieldError('leadImage', message);
      }
      await strapi.db.query(OVERRIDE_UID).create({
        data: { articleDocumentId: documentId, reason, findings, image: overriddenImage(image), userId: user.id, userName: adminUserName(user) },
      });
      return this.report(documentId);
    },
  };
};

export default policy;
