import type { Core } from '@strapi/strapi';
import { normalizeSourceUrl } from '../../src/plugins/sourcing/server/src/domain/source-url';
import { completionUpdate, DEMO_FACT_CHECK, type FactCheckCompletion, type StoredFactCheck } from './fact-check-completion';
import { FACT_CHECK_UID, SOURCE_UID } from '#domain/uids';

export interface PublishedFactCheck {
  documentId: string;
  slug: string;
  /** False when an earlier run had already completed and published it. */
  changed: boolean;
}

/**
 * The Source for each citation, by number: the one the newsroom already has for that URL (an article may cite it), or
 * a new one created through the document service (a draft, published with the fact check by the sourcing plugin).
 */
async function sourcesFor(strapi: Core.Strapi, completion: FactCheckCompletion): Promise<Map<number, string>> {
  const siteUrls = (strapi.plugin('sourcing')?.config('siteUrls') as string[] | undefined) ?? [];
  const sources = strapi.documents(SOURCE_UID);
  const byNumber = new Map<number, string>();
  for (const cited of completion.sources) {
    const normalized = normalizeSourceUrl(cited.url, siteUrls);
    if (!normalized.ok) throw new Error(`Citation [${cited.number}] of the demo fact check: ${normalized.message}`);
    const existing = await sources.findFirst({ filters: { url: normalized.url }, status: 'draft', fields: ['documentId'] });
    const documentId =
      existing?.documentId ??
      (await sources.create({ data: { url: cited.url, title: cited.title, publisher: cited.publisher, accessedOn: completion.accessedOn } })).documentId;
    byNumber.set(cited.number, documentId);
  }
  return byNumber;
}

/**
 * Completes one imported fact check as an editor would in the Content Manager (sources on its citations, the claim and
 * its verdict, the leaked token cut) and publishes it through the document service, so every step and gate of its save
 * pipeline runs. A re-run finds it complete and published and changes nothing.
 */
export async function publishDemoFactCheck(strapi: Core.Strapi, completion: FactCheckCompletion = DEMO_FACT_CHECK): Promise<PublishedFactCheck> {
  const factChecks = strapi.documents(FACT_CHECK_UID);
  const draft = await factChecks.findFirst({
    filters: { slug: completion.slug },
    status: 'draft',
    populate: { sections: true, citations: { populate: { source: { fields: ['documentId'] } } } },
  });
  if (!draft) throw new Error(`No fact check "${completion.slug}": the importer brings it from ../shared/fixtures/factchecks.`);
  const { documentId } = draft;
  const update = completionUpdate(draft as unknown as StoredFactCheck, completion, await sourcesFor(strapi, completion));
  if (update) await factChecks.update({ documentId, data: update });
  const published = await factChecks.findOne({ documentId, status: 'published', fields: ['documentId'] });
  if (update || !published) await factChecks.publish({ documentId });
  return { documentId, slug: completion.slug, changed: !!update || !published };
}
