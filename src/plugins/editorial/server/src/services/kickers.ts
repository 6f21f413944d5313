import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countArticlesUnder } from '#kernel/article-counts';
import { fieldError } from '#kernel/errors';
import { ARTICLE_UID, KICKER_UID, MESSAGES } from '../constants';
import { normalizeKickerLabel } from '../domain/kicker-label';
import { KICKER_MESSAGES, KICKER_STATES, type KickerState } from '../domain/kicker-state';
import { updateQuietly, type StoredRow } from '#kernel/quiet-update';
import { editorialConfig } from '../utils';

export interface KickerRow {
  id: number;
  documentId: string;
  label: string;
  slug: string;
  state: KickerState;
}

export interface KickerView extends Omit<KickerRow, 'id'> {
  articleCount: number;
}

const SUGGESTIONS = 8;

/** The kicker workflow: usage, approval, renaming, retiring and merging, and suggestions for the kicker input. */
const kickers = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(KICKER_UID);

  async function kicker(documentId: string, path: string): Promise<KickerRow> {
    const row = (await query().findOne({ where: { documentId } })) as KickerRow | null;
    if (!row) throw path === 'documentId' ? new errors.NotFoundError(MESSAGES.noKicker) : fieldError(path, MESSAGES.noKicker);
    return row;
  }

  /** Writes the kicker (and its label) onto every row, draft and published, of every article under `from`. */
  async function repoint(from: KickerRow, to: KickerRow): Promise<number> {
    const rows = (await strapi.db
      .query(ARTICLE_UID)
      .findMany({ where: { kicker: { id: from.id } }, select: ['id', 'documentId', 'updatedAt'] })) as StoredRow[];
    return updateQuietly(strapi, ARTICLE_UID, rows, from.id === to.id ? { kickerLabel: to.label } : { kicker: to.id, kickerLabel: to.label });
  }

  const view = async (row: KickerRow): Promise<KickerView> => ({
    documentId: row.documentId,
    label: row.label,
    slug: row.slug,
    state: row.state,
    articleCount: await countArticlesUnder(strapi, 'kicker', row.id),
  });

  return {
    async byDocumentId(documentId: string): Promise<KickerRow | null> {
      return (await query().findOne({ where: { documentId } })) as KickerRow | null;
    },

    /** Gives every article under the kicker its current label, after a rename. */
    async relabelArticles(documentId: string): Promise<void> {
      const row = await kicker(documentId, 'documentId');
      await repoint(row, row);
    },

    /** The kicker with this slug, in whatever state. */
    async bySlug(slug: string): Promise<KickerRow | null> {
      return (await query().findOne({ where: { slug } })) as KickerRow | null;
    },

    /** Every kicker, proposed ones first (they wait on an editor), then approved, then retired; by label within each. */
    async list(): Promise<KickerView[]> {
      const rows = (await query().findMany({ orderBy: { label: 'asc' } })) as KickerRow[];
      const sorted = KICKER_STATES.flatMap((state) => rows.filter((row) => row.state === state));
      return Promise.all(sorted.map(view));
    },

    /** Approved kickers whose label contains what the editor typed, and the kicker that label already is, if any. */
    async suggestions(typed: string): Promise<{ suggestions: KickerView[]; match: KickerView | null }> {
      const text = typed.trim();
      const rows = (await query().findMany({
        where: { state: 'approved', ...(text ? { label: { $containsi: text } } : {}) },
        orderBy: { label: 'asc' },
        limit: SUGGESTIONS,
      })) as KickerRow[];
      const normalized = text ? normalizeKickerLabel(text, Number.MAX_SAFE_INTEGER) : null;
      const match = normalized?.ok ? await this.bySlug(normalized.slug) : null;
      return { suggestions: await Promise.all(rows.map(view)), match: match ? await view(match) : null };
    },

    async setState(documentId: string, state: KickerState): Promise<KickerView> {
      const row = await kicker(documentId, 'documentId');
      // The kicker pipeline (src/pipelines/kicker.ts) holds the state to its table.
      await strapi.documents(KICKER_UID).update({ documentId, data: { state } } as never);
      return view({ ...row, state });
    },

    /** Renames a kicker (its slug follows) and every article's kicker label with it. */
    async rename(documentId: string, label: string): Promise<KickerView> {
      const result = normalizeKickerLabel(label, editorialConfig(strapi).kickerHardLimit);
      if (!result.ok) throw fieldError('label', result.message);
      return strapi.db.transaction(async () => {
        const row = await kicker(documentId, 'documentId');
        const other = await this.bySlug(result.slug);
        if (other && other.documentId !== documentId) throw fieldError('label', KICKER_MESSAGES.slugTaken(other.label));
        // The kicker pipeline gives every article under it the new label.
        await strapi.documents(KICKER_UID).update({ documentId, data: { label: result.label } } as never);
        return view({ ...row, label: result.label, slug: result.slug });
      });
    },

    /** Re-points every article of one kicker to another and retires the first, in one transaction. */
    async merge(documentId: string, into: string): Promise<{ moved: number; kicker: KickerView }> {
      return strapi.db.transaction(async () => {
        const from = await kicker(documentId, 'documentId');
        const to = await kicker(into, 'into');
        if (from.id === to.id) throw fieldError('into', KICKER_MESSAGES.mergeIntoItself);
        if (to.state === 'retired') throw fieldError('into', KICKER_MESSAGES.mergeIntoRetired(to.label));
        const moved = await repoint(from, to);
        await strapi.documents(KICKER_UID).update({ documentId, data: { state: 'retired' } } as never);
        return { moved, kicker: await view(to) };
      });
    },
  };
};

export default kickers;
