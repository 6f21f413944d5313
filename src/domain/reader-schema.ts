import { KICKER_UID } from './uids';

// What the reader-query rule (reader-queries.ts) knows of schemas and rows, shared by its filter and populate parts.

export interface ReaderAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  private?: boolean;
}

/** The parts of a content type's or component's schema the rule reads. */
export interface ReaderSchema {
  uid: string;
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, ReaderAttribute>;
}

export type SchemaOf = (uid: string) => ReaderSchema | undefined;

export type Filter = Record<string, unknown>;

/** The kicker state readers see; a proposed kicker is an editor's suggestion, not yet on the site. */
export const READER_KICKER_STATE = 'approved';

export const FILE_UID = 'plugin::upload.file';

/**
 * A query a reader may not make, refused the same whatever values it carries: `shape` for a filter or sort this rule
 * cannot narrow (a 400, as for any query key a reader may not use), `drafts` for a parameter that is about drafts
 * (a 403, as `status=draft`).
 */
export class ReaderQueryRefusal extends Error {
  constructor(
    readonly kind: 'shape' | 'drafts',
    readonly param: string,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReaderQueryRefusal';
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

export const isOperator = (key: string): boolean => key.startsWith('$');

export const hasDraftAndPublish = (schema: ReaderSchema): boolean => schema.options?.draftAndPublish === true;

/**
 * The condition a row of this type must meet for a reader to see it through a relation, or null when every row is
 * readable. It is false, never unknown, on the empty row a LEFT JOIN gives when nothing is linked, so under a `$not`
 * an unpublished row reads exactly as "nothing linked".
 */
export function visibleRows(schema: ReaderSchema): Filter | null {
  const conditions: Filter[] = [];
  if (hasDraftAndPublish(schema)) conditions.push({ publishedAt: { $notNull: true } });
  if (schema.uid === KICKER_UID) conditions.push({ state: { $eq: READER_KICKER_STATE } });
  if (conditions.length === 0) return null;
  return { $and: [{ id: { $notNull: true } }, ...conditions] };
}

/** Strapi's reading of a boolean query value (`$null=true`, `populate[kicker]=1`): its keywords, else any value but ''. */
export function booleanOf(value: unknown): boolean {
  if (value === true || value === 'true' || value === 't' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === 'f' || value === '0' || value === 0) return false;
  return Boolean(value);
}

export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);
