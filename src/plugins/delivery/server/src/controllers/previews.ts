import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { documentIdParams, readRequest } from '#kernel/validate';
import { readPreviewLink, type PreviewKind } from '../domain/preview-link';
import { PREVIEW_CSP } from '../domain/preview-page';
import { MESSAGES } from '../constants';
import { getService } from '../utils';

const REFUSED = { malformed: MESSAGES.previewMalformed, signature: MESSAGES.previewSignature, expired: MESSAGES.previewExpired } as const;

/** The preview pages the Content Manager frames: the signed link is the only permission they ask for. */
const previews = ({ strapi }: { strapi: Core.Strapi }) => {
  const show = (kind: PreviewKind) => async (ctx: Context) => {
    const { documentId } = readRequest(ctx, { params: documentIdParams }).params;
    // The link is the permission: a query that does not read as one is refused (403), as an unsigned link is.
    const link = readPreviewLink(ctx.query);
    if (!link) return ctx.forbidden(REFUSED.malformed);
    const service = getService(strapi, 'previews');
    const checked = service.check(kind, documentId, link);
    if (!checked.ok) return ctx.forbidden(REFUSED[checked.reason]);
    const html = await service.page(kind, documentId, checked.target.status);
    if (html === null) return ctx.notFound(MESSAGES.previewNotFound);
    // A draft in a shared cache would leak it; the http-cache middleware leaves a no-store response as it is.
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Content-Security-Policy', PREVIEW_CSP);
    // The address carries the signature: a link followed from the preview must not hand it to another site.
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  };

  return { article: show('articles'), factCheck: show('fact-checks') };
};

export default previews;
