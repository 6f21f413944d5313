import type { Core } from '@strapi/strapi';
import { previewKey, PREVIEW_KINDS, verifyPreview, type PreviewCheck, type PreviewKind, type PreviewLink, type PreviewStatus } from '../domain/preview-link';
import { articlePreviewPage, factCheckPreviewPage, type PreviewImage } from '../domain/preview-page';
import type { Verdict } from '../domain/types';
import type { Related } from '../shape';
import { deliveryConfig } from '../utils';

interface Stored extends Related {
  title?: string | null;
  [field: string]: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});

// Relations, components and the lead image's file: what the preview page shows beside the document's own fields.
const POPULATE: Record<PreviewKind, object> = {
  articles: { kicker: true, authors: true, leadImage: { populate: { file: true } } },
  'fact-checks': { sections: true },
};

/** The lead image as the preview shows it: the CMS's file (its own address) or the outside URL, with the disclosure. */
function imageOf(article: Stored): PreviewImage | null {
  const lead = record(article.leadImage);
  const disclosure = record(article.imageDisclosure);
  const url = text(record(lead.file).url) ?? text(lead.url);
  const caption = text(disclosure.caption) ?? text(lead.caption);
  const credit = text(disclosure.credit) ?? text(lead.credit);
  const origin = text(disclosure.origin) ?? text(lead.origin);
  return url || caption || credit ? { url, caption, credit, origin } : null;
}

/** Signed previews of drafts and published versions, for the Content Manager's preview iframe. */
const previews = ({ strapi }: { strapi: Core.Strapi }) => {
  const options = () => ({ siteUrl: deliveryConfig(strapi).site.siteUrl });
  const key = () => previewKey(strapi.config.get('admin.auth.secret', '') as string);

  return {
    /** Whether the link (read by readPreviewLink) was signed by this CMS for this document and is still valid. */
    check(kind: PreviewKind, documentId: string, link: PreviewLink): PreviewCheck {
      return verifyPreview(key(), kind, documentId, link, Math.floor(Date.now() / 1000));
    },

    /** The preview page of that version of the document; null when it has no such version. */
    async page(kind: PreviewKind, documentId: string, status: PreviewStatus): Promise<string | null> {
      const found = (await strapi.documents(PREVIEW_KINDS[kind] as never).findOne({ documentId, status, populate: POPULATE[kind] } as never)) as Stored | null;
      if (!found) return null;
      const title = text(found.title) ?? '(untitled)';
      if (kind === 'articles') {
        const kicker = text(record(found.kicker).label) ?? text(found.kickerLabel);
        const authors = (Array.isArray(found.authors) ? found.authors : [])
          .map((author) => text(record(author).name))
          .filter((name): name is string => name !== null);
        return articlePreviewPage({ status, title, deck: text(found.deck), kicker, authors, image: imageOf(found), body: text(found.body) }, options());
      }
      const sections = (Array.isArray(found.sections) ? found.sections : []).map((part) => ({
        heading: text(record(part).heading) ?? '',
        body: text(record(part).body),
      }));
      return factCheckPreviewPage(
        {
          status,
          title,
          claimReviewed: text(found.claimReviewed),
          verdict: text(found.verdict) as Verdict | null,
          summary: text(found.summary),
          sections,
          bottomLine: text(found.bottomLine),
          limitations: text(found.limitations),
        },
        options(),
      );
    },
  };
};

export default previews;
