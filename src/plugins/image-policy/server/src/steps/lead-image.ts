import type { Step } from '#kernel/pipeline';
import type { LeadImage } from '../domain/lead-image';
import { getService } from '../utils';

/**
 * Every saved lead image gets the placeholder defaults and, when the editor left it unset, an origin inferred from the
 * file's own metadata or its credit; `imageDisclosure`, what the Content API tells frontends, is derived from it and
 * never taken from the caller. An update that does not send the lead image leaves both as they are.
 */
export const leadImage: Step = {
  name: 'lead image origin and disclosure',
  owner: 'image-policy',
  async run({ strapi, action, data }) {
    if (!data) return;
    delete data.imageDisclosure;
    if (action !== 'create' && data.leadImage === undefined) return;
    const { image, disclosure } = await getService(strapi, 'policy').prepare(data.leadImage as LeadImage | null | undefined);
    data.leadImage = image;
    data.imageDisclosure = disclosure;
  },
};
