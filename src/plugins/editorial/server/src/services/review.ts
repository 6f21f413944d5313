import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { createRows } from '#kernel/bulk-documents/chunks';
import type { GateFinding } from '#kernel/past-gates';
import { REVIEW_FINDING_UID } from '../constants';
import { filterReview, groupReview, type ReviewFilter, type ReviewFinding, type ReviewItem, type ReviewRow, type RuleCount } from '../domain/review';

export interface ReviewEntry extends ReviewItem {
  title: string | null;
  slug: string | null;
  publishedAt: string | null;
}

export interface ReviewPage {
  items: ReviewEntry[];
  rules: RuleCount[];
  total: number;
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

const ROW_FIELDS = ['contentType', 'target', 'gate', 'code', 'path', 'message', 'origin', 'createdAt'] as const;

/**
 * A finding's row, written through the query layer as the document service would write one of a type without drafts
 * (its own documentId, published at once). Paths and messages fit their columns: a very long one is cut, not refused.
 */
export const reviewRow = (contentType: string, target: string, finding: GateFinding, origin: string) => ({
  documentId: createId(),
  publishedAt: new Date(),
  contentType,
  target,
  gate: finding.gate,
  code: finding.code,
  path: finding.path.join('.').slice(0, 300),
  message: finding.message.slice(0, 2000),
  origin,
});

const iso = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value ?? ''));

/**
 * The "Needs review" list: what a published document breaks because it was published past its gates (by the import),
 * kept until an editor publishes it again (the gates then pass), unpublishes or deletes it (steps/review.ts).
 */
const review = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(REVIEW_FINDING_UID);

  async function readRows(where: Record<string, unknown>): Promise<ReviewRow[]> {
    const found = (await rows().findMany({ where, select: [...ROW_FIELDS], orderBy: { id: 'asc' } })) as Array<Record<string, unknown>>;
    return found.map((row) => ({ ...(row as unknown as ReviewRow), createdAt: iso(row.createdAt) }));
  }

  /** Titles and slugs, from the published row where there is one (what readers see). */
  async function describe(items: readonly ReviewItem[]): Promise<ReviewEntry[]> {
    const described = new Map<string, { title: string | null; slug: string | null; publishedAt: string | null }>();
    for (const contentType of new Set(items.map((item) => item.contentType))) {
      if (!strapi.contentTypes[contentType as keyof typeof strapi.contentTypes]) continue;
      const documentIds = items.filter((item) => item.contentType === contentType).map((item) => item.documentId);
      const found = (await strapi.db.query(contentType as never).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId', 'title', 'slug', 'publishedAt'],
      })) as Array<{ documentId: string; title: string | null; slug: string | null; publishedAt: unknown }>;
      for (const row of found) {
        const known = described.get(row.documentId);
        if (known?.publishedAt) continue;
        described.set(row.documentId, { title: row.title, slug: row.slug, publishedAt: row.publishedAt ? iso(row.publishedAt) : null });
      }
    }
    return items.map((item) => ({ ...item, ...(described.get(item.documentId) ?? { title: null, slug: null, publishedAt: null }) }));
  }

  return {
    /** Replaces what a document is recorded to break with `findings` (none: it leaves the list). */
    async record(contentType: string, documentId: string, findings: readonly GateFinding[], origin: string): Promise<void> {
      await rows().deleteMany({ where: { target: documentId } });
      await createRows(
        rows(),
        findings.map((finding) => reviewRow(contentType, documentId, finding, origin)),
      );
    },

    async clear(documentId: string): Promise<void> {
      await rows().deleteMany({ where: { target: documentId } });
    },

    async forDocument(documentId: string): Promise<ReviewFinding[]> {
      return groupReview(await readRows({ target: documentId })).items.flatMap((item) => item.findings);
    },

    async list(filter: ReviewFilter, page: number, pageSize: number): Promise<ReviewPage> {
      const { items, rules } = groupReview(await readRows({}));
      const shown = filterReview(items, filter);
      const pageCount = Math.max(1, Math.ceil(shown.length / pageSize));
      return {
        items: await describe(shown.slice((page - 1) * pageSize, page * pageSize)),
        rules,
        total: items.length,
        pagination: { page, pageSize, pageCount, total: shown.length },
      };
    },
  };
};

export default review;
