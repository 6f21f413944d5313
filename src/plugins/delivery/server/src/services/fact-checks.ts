import type { Core } from '@strapi/strapi';
import { renderBodyHtml } from '../domain/body-html';
import { readerCorrections } from '../domain/corrections';
import { documentTags } from '../domain/dependency-tags';
import { claimReviewJsonLd, serializeJsonLd } from '../domain/json-ld';
import { findPublishedBySlug, sanitizeFor } from '../lookup';
import { JSON_LD_TYPE, JSON_TYPE, type Rendered } from '../respond';
import { FACT_CHECK_POPULATE, factCheckRefs, factCheckUrl, factCheckView, type FactCheckDocument } from '../shape';
import { FACT_CHECK_UID } from '../constants';
import { deliveryConfig } from '../utils';

type Section = { body?: string | null; [field: string]: unknown };

/** Published fact checks as frontends read them: whole, with their texts as sanitized HTML, and as ClaimReview. */
const factChecks = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const render = (text: unknown) => renderBodyHtml(typeof text === 'string' ? text : null, { siteUrl: config.site.siteUrl });

  const findPublished = (slug: string) => findPublishedBySlug<FactCheckDocument>(strapi, FACT_CHECK_UID, slug, FACT_CHECK_POPULATE);

  return {
    async bySlug(slug: string, auth: unknown): Promise<Rendered | null> {
      const factCheck = await findPublished(slug);
      if (!factCheck) return null;
      const data = await sanitizeFor(strapi, FACT_CHECK_UID, factCheck, auth);
      const sections = ((data.sections as Section[] | undefined) ?? []).map((section) => ({ ...section, bodyHtml: render(section.body) }));
      const html = (field: 'summary' | 'bottomLine' | 'limitations') => render(data[field]);
      const body = {
        data: {
          ...data,
          url: factCheckUrl(config, factCheck),
          sections,
          summaryHtml: html('summary'),
          bottomLineHtml: html('bottomLine'),
          limitationsHtml: html('limitations'),
          corrections: readerCorrections(factCheck.corrections),
        },
        meta: {},
      };
      return { body, type: JSON_TYPE, tags: documentTags(factCheckRefs(factCheck)) };
    },

    /** ClaimReview for a fact check with a verdict; 'no-verdict' for one without (an explainer). */
    async claimReview(slug: string): Promise<Rendered | 'no-verdict' | null> {
      const factCheck = await findPublished(slug);
      if (!factCheck) return null;
      const review = claimReviewJsonLd(factCheckView(config, factCheck), config.site, strapi.config.get('newsroom.timeZone') as string);
      if (!review) return 'no-verdict';
      return { body: serializeJsonLd(review), type: JSON_LD_TYPE, tags: documentTags(factCheckRefs(factCheck)) };
    },
  };
};

export default factChecks;
