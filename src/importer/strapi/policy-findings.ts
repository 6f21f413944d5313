import type { Core, UID } from '@strapi/strapi';

interface Finding {
  path: Array<string | number>;
  message: string;
}

interface SourcingReport {
  article(documentId: string): Promise<{ findings: Finding[] }>;
  factCheck(documentId: string): Promise<{ findings: Finding[] }>;
}

/**
 * What would stop a draft from being published, as the plugins see it (today the sourcing plugin: highlights that do
 * not lead to a web page, citations waiting for their sources, leaked reference tokens), one line per finding.
 */
export async function publishFindings(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string[]> {
  const report = strapi.plugin('sourcing').service('report') as SourcingReport;
  const { findings } = uid === 'api::article.article' ? await report.article(documentId) : await report.factCheck(documentId);
  return findings.map((finding) => `${finding.path.join('.')}: ${finding.message}`);
}
