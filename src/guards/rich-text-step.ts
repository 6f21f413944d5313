import type { Core } from '@strapi/strapi';
import type { Step } from '#kernel/pipeline';
import { FACT_CHECK_TEXT_FIELDS } from '../plugins/sourcing/server/src/constants';
import { sanitizeBody } from '../plugins/sourcing/server/src/domain/sanitize-body';

/**
 * The newsroom's own site roots, which the sanitizer keeps links to as internal: the sourcing plugin's setting. Without
 * the plugin every link is treated as leading off the site, and the allow-list still applies.
 */
function siteUrls(strapi: Core.Strapi): readonly string[] {
  return strapi.plugin('sourcing') ? strapi.plugin('sourcing').config<string[]>('siteUrls') : [];
}

function sanitizeFields(record: Record<string, unknown>, fields: readonly string[], roots: readonly string[]): void {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string') record[field] = sanitizeBody(value, roots);
  }
}

/**
 * An article's body is cleaned with the allow-list (see the sourcing README) on every save, before anything reads it.
 * The app's own step, not the sourcing plugin's: switching sourcing off must not let script into stored text.
 */
export const sanitizeArticleBody: Step = {
  name: 'sanitize the body',
  owner: 'app',
  run({ strapi, data }) {
    if (data) sanitizeFields(data, ['body'], siteUrls(strapi));
  },
};

/** A fact check's texts, its sections' bodies included, are cleaned with the same allow-list; headings are plain text. */
export const sanitizeFactCheckTexts: Step = {
  name: 'sanitize the texts',
  owner: 'app',
  run({ strapi, data }) {
    if (!data) return;
    const roots = siteUrls(strapi);
    sanitizeFields(data, FACT_CHECK_TEXT_FIELDS, roots);
    if (!Array.isArray(data.sections)) return;
    for (const section of data.sections) {
      if (section && typeof section === 'object') sanitizeFields(section as Record<string, unknown>, ['body'], roots);
    }
  },
};
