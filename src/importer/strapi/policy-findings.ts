import type { Core, UID } from '@strapi/strapi';

interface Finding {
  path: Array<string | number>;
  message: string;
}

interface SourcingReport {
  article(documentId: string): Promise<{ findings: Finding[] }>;
  factCheck(documentId: string): Promise<{ findings: Finding[] }>;
}

interface ImagePolicy {
  blocking(documentId: string): Promise<Finding[]>;
}

interface EditorialRules {
  findings(documentId: string): Promise<Finding[]>;
}

/**
 * What would stop a draft from being published, as the plugins see it (sourcing: highlights that do not lead to a web
 * page, citations waiting for their sources, leaked reference tokens; image policy: a lead image whose caption or
 * credit breaks the policy; editorial: a kicker not approved, a category's rule unmet), one line per finding. The
 * editorial stage is left out: an imported draft is meant to start its way through the stages.
 */
export async function publishFindings(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string[]> {
  const report = strapi.plugin('sourcing').service('report') as SourcingReport;
  const isArticle = uid === 'api::article.article';
  const findings = isArticle
    ? [
        ...(await report.article(documentId)).findings,
        ...(await (strapi.plugin('image-policy').service('policy') as ImagePolicy).blocking(documentId)),
        ...(await (strapi.plugin('editorial').service('publishRules') as EditorialRules).findings(documentId)),
      ]
    : (await report.factCheck(documentId)).findings;
  return findings.map((finding) => `${finding.path.join('.')}: ${finding.message}`);
}
