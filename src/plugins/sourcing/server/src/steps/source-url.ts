import { fieldError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
import { MESSAGES, SOURCE_UID } from '../constants';
import { normalizeSourceUrl } from '../domain/source-url';
import { getService } from '../utils';

/** On every source save: store the normalized URL and its host, and keep one source per URL. */
export const sourceUrl: Step = {
  name: 'source URL',
  owner: 'sourcing',
  async run({ strapi, action, data, documentId }) {
    if (!data || (action === 'update' && data.url === undefined)) return;
    const result = normalizeSourceUrl(typeof data.url === 'string' ? data.url : '', getService(strapi, 'sources').siteUrls());
    if (!result.ok) throw fieldError('url', result.message);
    const where = documentId ? { url: result.url, documentId: { $ne: documentId } } : { url: result.url };
    const holder = await strapi.db.query(SOURCE_UID).findOne({ where, select: ['title'] });
    if (holder) throw fieldError('url', MESSAGES.urlTaken(holder.title ?? ''));
    Object.assign(data, { url: result.url, host: result.host, isInternal: result.isInternal });
  },
};
