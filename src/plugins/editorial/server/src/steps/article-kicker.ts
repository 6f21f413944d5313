import type { Core } from '@strapi/strapi';
import { fieldError } from '#kernel/errors';
import { columnOf } from '#kernel/bulk-documents/link-tables';
import { exclusively } from '#kernel/exclusive';
import type { Save, Step } from '#kernel/pipeline';
import { draftRelated } from '#kernel/stored-draft';
import { updateQuietly, type StoredRow } from '#kernel/quiet-update';
import { currentActor } from '../actor';
import { ACTIONS, ARTICLE_UID, KICKER_UID } from '../constants';
import { normalizeKickerLabel } from '../domain/kicker-label';
import { getService, editorialConfig } from '../utils';

type Label = { label: string; slug: string } | null;

/** The label typed in the kicker input, tidied, or null when the input was emptied; refused when it cannot be one. */
function typedLabel(strapi: Core.Strapi, data: Record<string, unknown>): Label {
  const typed = data.kickerLabel;
  if (typed === null || (typeof typed === 'string' && !typed.trim())) return null;
  if (typeof typed !== 'string') throw fieldError('kickerLabel', 'The kicker is text.');
  const result = normalizeKickerLabel(typed, editorialConfig(strapi).kickerHardLimit);
  if (!result.ok) throw fieldError('kickerLabel', result.message);
  return { label: result.label, slug: result.slug };
}

/** A guard: the typed label is refused (too long, not text) before anything of the save is written. */
export const kickerLabelValid: Step = {
  name: 'kicker label',
  owner: 'editorial',
  run({ strapi, data }) {
    if (data && 'kickerLabel' in data) typedLabel(strapi, data);
  },
};

interface Kicker {
  documentId: string;
  label: string;
  slug: string;
}

/**
 * The kicker the stored draft points at, in one statement (the query layer's populate takes two): a save that keeps it
 * needs neither a lookup nor new link rows.
 */
async function storedKicker(strapi: Core.Strapi, documentId: string | undefined): Promise<Kicker | null> {
  if (!documentId) return null;
  const [kicker] = await draftRelated<Kicker>(strapi, ARTICLE_UID, documentId, 'kicker', ['document_id as documentId', 'label', 'slug']);
  return kicker ?? null;
}

/**
 * The kicker input gives a label; the article stores the kicker it names. Same slug, same kicker ("Nato 3.0" finds
 * "NATO 3.0", whose casing the article then shows); a label no kicker has yet proposes a new one, approved at once
 * when the person typing it may approve kickers. Runs after every guard, in the save's transaction: a refused save
 * proposes no kicker.
 */
async function resolveLabel({ strapi, data, documentId, stored: storedDraft }: Save): Promise<void> {
  if (!data || !('kickerLabel' in data)) return;
  const typed = typedLabel(strapi, data);
  if (!typed) {
    data.kickerLabel = null;
    data.kicker = null;
    return;
  }
  // The stored label is its kicker's (a renamed or merged kicker relabels its articles): when the draft has a kicker
  // and the typed label names the same one, the draft's own row says so without reading the kicker.
  const draft = await storedDraft();
  const label = draft?.[columnOf(strapi, ARTICLE_UID, 'kickerLabel')];
  const storedLabel = typeof label === 'string' ? normalizeKickerLabel(label, Infinity) : null;
  if (draft?.kickerId != null && storedLabel?.ok && storedLabel.slug === typed.slug) {
    data.kickerLabel = label;
    delete data.kicker;
    return;
  }
  const stored = await storedKicker(strapi, documentId);
  if (stored?.slug === typed.slug) {
    // Most saves keep the kicker: re-linking it would rewrite its link rows and look it up several times over.
    data.kickerLabel = stored.label;
    delete data.kicker;
    return;
  }
  // Two saves typing the same new label at once find it missing together; one creates it, the other then finds it.
  const kicker = await exclusively(strapi, `slug:${KICKER_UID}:${typed.slug}`, async () => {
    const existing = await getService(strapi, 'kickers').bySlug(typed.slug);
    const state = currentActor(strapi).can(ACTIONS.approveKicker) ? 'approved' : 'proposed';
    return (
      existing ??
      ((await strapi.documents(KICKER_UID).create({ data: { label: typed.label, state } } as never)) as unknown as { documentId: string; label: string })
    );
  });
  data.kickerLabel = kicker.label;
  data.kicker = kicker.documentId;
}

/** After a save that set the kicker relation without a label (an integration, the importer), the label follows it. */
async function labelFollowsKicker({ strapi, data, documentId }: Save): Promise<void> {
  if (!data || 'kickerLabel' in data || !('kicker' in data) || !documentId) return;
  const draft = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { documentId, publishedAt: null },
    select: ['id', 'documentId', 'updatedAt', 'kickerLabel'],
    populate: { kicker: { select: ['label'] } },
  })) as (StoredRow & { kickerLabel: string | null; kicker: { label: string } | null }) | null;
  const label = draft?.kicker?.label ?? null;
  // Part of the save that set the kicker: the version its answer gave must stay the current one.
  if (draft && draft.kickerLabel !== label) await updateQuietly(strapi, ARTICLE_UID, [draft], { kickerLabel: label });
}

export const kickerFromLabel: Step = { name: 'kicker from its label', owner: 'editorial', run: resolveLabel };
export const labelFromKicker: Step = { name: 'label from its kicker', owner: 'editorial', run: labelFollowsKicker };
