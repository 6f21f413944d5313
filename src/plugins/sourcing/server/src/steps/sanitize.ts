import type { Step } from '../../../../../kernel/pipeline';
import { FACT_CHECK_TEXT_FIELDS } from '../constants';
import { sanitizeBody } from '../domain/sanitize-body';
import { getService } from '../utils';

function sanitizeFields(record: Record<string, unknown>, fields: readonly string[], siteUrls: readonly string[]): void {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') record[field] = sanitizeBody(value, siteUrls);
  }
}

/** An article's body is cleaned with the allow-list on every save, before anything reads it. */
export const sanitizeArticleBody: Step = {
  name: 'sanitize the body',
  owner: 'sourcing',
  run({ strapi, data }) {
    if (data) sanitizeFields(data, ['body'], getService(strapi, 'sources').siteUrls());
  },
};

/** A fact check's texts, its sections' included, are cleaned with the same allow-list. */
export const sanitizeFactCheckTexts: Step = {
  name: 'sanitize the texts',
  owner: 'sourcing',
  run({ strapi, data }) {
    if (!data) return;
    const siteUrls = getService(strapi, 'sources').siteUrls();
    sanitizeFields(data, FACT_CHECK_TEXT_FIELDS, siteUrls);
    if (!Array.isArray(data.sections)) return;
    for (const section of data.sections) {
      if (section && typeof section === 'object') sanitizeFields(section as Record<string, unknown>, ['heading', 'body'], siteUrls);
    }
  },
};
