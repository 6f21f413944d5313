/**
 * Whether a database write touched only draft rows. With draft and publish, a document is two rows: the draft (no
 * `publishedAt`) and the published version. Readers are only ever shown the published one, so a write to drafts alone
 * (an editor's save with `?status=draft`, a new draft, a discarded draft) changes nothing any public answer shows and
 * must not cost the readers their cached pages. Publishing writes a new published row, unpublishing deletes it: those
 * are writes to published rows and invalidate as before.
 */
export interface RowWrite {
  /** The type keeps drafts apart from published versions; without it every row is live. */
  draftAndPublish: boolean;
  /** The rows written as the query layer reports them (a single write's result, a bulk create's data). */
  rows: readonly unknown[] | null;
  /** A bulk write's condition, which may itself say it touches drafts only. */
  where?: unknown;
  /** What an update writes: one that sets `publishedAt` turns drafts into published rows. */
  data?: unknown;
}

const publishedAtOf = (row: unknown): unknown => (row && typeof row === 'object' ? (row as { publishedAt?: unknown }).publishedAt : undefined);

/** A row is a draft when its `publishedAt` is empty; a row the write did not report is not known to be one. */
const isDraftRow = (row: unknown): boolean => row !== null && typeof row === 'object' && publishedAtOf(row) == null;

/** `{ publishedAt: null }` or `{ publishedAt: { $null: true } }`: a condition that can match drafts only. */
function conditionNamesDraftsOnly(where: unknown): boolean {
  if (!where || typeof where !== 'object' || !('publishedAt' in where)) return false;
  const condition = publishedAtOf(where);
  if (condition === null) return true;
  if (!condition || typeof condition !== 'object') return false;
  const operators = condition as { $null?: unknown; $eq?: unknown };
  return operators.$null === true || (Object.keys(operators).length === 1 && '$eq' in operators && operators.$eq === null);
}

export function touchesOnlyDrafts({ draftAndPublish, rows, where, data }: RowWrite): boolean {
  if (!draftAndPublish) return false;
  if (!Array.isArray(data) && publishedAtOf(data) != null) return false;
  if (conditionNamesDraftsOnly(where)) return true;
  return rows !== null && rows.length > 0 && rows.every(isDraftRow);
}
