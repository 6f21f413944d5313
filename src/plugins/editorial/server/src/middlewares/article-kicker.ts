import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../../../../../utils/document-middleware';
import { fieldError } from '../../../../../utils/errors';
import { updateQuietly, type StoredRow } from '../../../../../utils/quiet-update';
import { exclusively } from '../../../../../utils/exclusive';
import { currentActor } from '../actor';
import { ACTIONS, ARTICLE_UID, KICKER_UID } from '../constants';
import { normalizeKickerLabel } from '../domain/kicker-label';
import { getService, editorialConfig } from '../utils';

/**
 * The kicker input gives a label; the article stores the kicker it names. Same slug, same kicker ("Nato 3.0" finds
 * "NATO 3.0", whose casing the article then shows); a label no kicker has yet proposes a new one, approved at once
 * when the person typing it may approve kickers.
 */
async function resolveLabel(strapi: Core.Strapi, data: Record<string, unknown>): Promise<void> {
  const typed = data.kickerLabel;
  if (typed === null || (typeof typed === 'string' && !typed.trim())) {
    data.kickerLabel = null;
    data.kicker = null;
    return;
  }
  if (typeof typed !== 'string') throw fieldError('kickerLabel', 'The kicker is text.');
  const result = normalizeKickerLabel(typed, editorialConfig(strapi).kickerHardLimit);
  if (!result.ok) throw fieldError('kickerLabel', result.message);
  // Two saves typing the same new label at once find it missing together; one creates it, the other then finds it.
  const kicker = await exclusively(strapi, `slug:${KICKER_UID}:${result.slug}`, async () => {
    const existing = await getService(strapi, 'kickers').bySlug(result.slug);
    return (
      existing ??
      ((await strapi.documents(KICKER_UID).create({
        data: { label: result.label, state: currentActor(strapi).can(ACTIONS.approveKicker) ? 'approved' : 'proposed' },
      } as never)) as unknown as { documentId: string; label: string })
    );
  });
  data.kicker = kicker.documentId;
  data.kickerLabel = kicker.label;
}

/** After a save that set the kicker relation without a label (an integration, the importer), the label follows it. */
async function labelFollowsKicker(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, publishedAt: null },
    select: ['id', 'documentId', 'updatedAt', 'kickerLabel'],
    populate: { kicker: { select: ['label'] } },
  })) as (StoredRow & { kickerLabel: string | null; kicker: { label: string } | null }) | null;
  const label = draft?.kicker?.label ?? null;
  // Part of the save that set the kicker: the version its answer gave must stay the current one.
  if (draft && draft.kickerLabel !== label) await updateQuietly(strapi, ARTICLE_UID, [draft], { kickerLabel: label });
}

export function articleKickerMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (ctx.uid !== ARTICLE_UID || (ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    if ('kickerLabel' in data) {
      await resolveLabel(strapi, data);
      return next();
    }
    const result = (await next()) as { documentId?: string } | null;
    if ('kicker' in data && result?.documentId) await labelFollowsKicker(strapi, result.documentId);
    return result;
  };
}
