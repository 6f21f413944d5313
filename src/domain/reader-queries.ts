import { checkSort, guardFilters } from './reader-filters';
import {
  at,
  booleanOf,
  FILE_UID,
  isPlainObject,
  ReaderQueryRefusal,
  visibleRows,
  type ReaderAttribute,
  type ReaderSchema,
  type SchemaOf,
} from './reader-schema';

/**
 * What a reader's query may see across a relation. Strapi 5 keeps a draft row and a published row per document, and a
 * type without draft & publish (category, kicker, author) links both: a filter or sort that crosses from it into
 * articles reaches the drafts, whatever the root's own status, so `filters[articles][body][$startsWith]` walked letter
 * by letter reads an embargoed draft. (Populated rows already follow the query's `status` at every level; filters and
 * sorts do not.)
 *
 * So every relation a reader's query crosses, at any depth, inside `$and`/`$or`/`$not`, in `populate` and inside a
 * populate's own filters, is narrowed to the rows a reader may see of its target: published rows of a draft & publish
 * type, approved kickers. What cannot be narrowed that way is refused, the same for every value, so it answers nothing:
 * - a sort through such a relation (an ORDER BY over a join has no condition to add);
 * - asking for the absence of related rows of a to-many relation from a type without draft & publish (`$null`, or a
 *   `$not` around it): drafts linked beside the published rows would stand for "a row that does not match";
 * - `publicationFilter`/`hasPublishedVersion`, which tell documents apart by their drafts.
 *
 * Pure: the caller hands in the schemas and decides who is a reader (src/bootstrap/reader-queries.ts).
 */

export { checkSort, guardFilters } from './reader-filters';
export { READER_KICKER_STATE, ReaderQueryRefusal, visibleRows, type ReaderAttribute, type ReaderSchema, type SchemaOf } from './reader-schema';

type Query = Record<string, unknown>;

const PUBLICATION_PARAMS = ['publicationFilter', 'hasPublishedVersion'] as const;

/** `a,b.c` and `['a', 'b.c']` as Strapi's object form `{ a: true, b: { populate: { c: true } } }`. */
function populateObject(paths: string[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path
      .split('.')
      .map((key) => key.trim())
      .filter(Boolean);
    let level = root;
    for (const [index, key] of keys.entries()) {
      if (index === keys.length - 1) {
        if (level[key] === undefined) level[key] = true;
        break;
      }
      const existing = level[key];
      const entry: Record<string, unknown> = isPlainObject(existing) ? existing : {};
      const populate: Record<string, unknown> = isPlainObject(entry.populate) ? entry.populate : {};
      entry.populate = populate;
      level[key] = entry;
      level = populate;
    }
  }
  return root;
}

/** The populatable attributes `*` stands for: what Strapi's sanitizer expands it to, before this rule sees it. */
function wildcard(schema: ReaderSchema): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [key, attribute] of Object.entries(schema.attributes)) {
    if (attribute.private) continue;
    if (attribute.type === 'relation' && attribute.target && !attribute.target.startsWith('admin::')) populate[key] = true;
    if (attribute.type === 'component' || attribute.type === 'media') populate[key] = true;
  }
  return populate;
}

function asPopulateObject(populate: unknown, schema: ReaderSchema): Record<string, unknown> | undefined {
  if (populate === '*') return wildcard(schema);
  if (typeof populate === 'string') return populateObject(populate.split(','));
  if (Array.isArray(populate) && populate.every((item) => typeof item === 'string')) return populateObject(populate.flatMap((item: string) => item.split(',')));
  if (isPlainObject(populate)) return populate;
  return undefined;
}

const POPULATE_TARGET = (attribute: ReaderAttribute): string | undefined =>
  attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? FILE_UID : undefined;

function guardPopulateEntry(entry: unknown, target: ReaderSchema, schemaOf: SchemaOf, path: string, guardRows: boolean): unknown {
  const visible = guardRows ? visibleRows(target) : null;
  let options: Record<string, unknown>;
  if (isPlainObject(entry)) options = { ...entry };
  else if (entry === '*') options = { populate: '*' };
  else if (!booleanOf(entry)) return entry;
  else if (!visible) return entry;
  else options = {};
  if (options.filters !== undefined) options.filters = guardFilters(options.filters, target, schemaOf, `populate.${path}.filters`);
  if (options.sort !== undefined) checkSort(options.sort, target, schemaOf, `populate.${path}.sort`);
  if (options.populate !== undefined) options.populate = guardPopulate(options.populate, target, schemaOf, `${path}.populate`);
  if (isPlainObject(options.on)) {
    const on: Record<string, unknown> = {};
    for (const [uid, fragment] of Object.entries(options.on)) {
      const model = schemaOf(uid);
      on[uid] = model ? guardPopulate(fragment, model, schemaOf, `${path}.on.${uid}`) : fragment;
    }
    options.on = on;
  }
  if (visible) options.filters = options.filters === undefined ? visible : { $and: [options.filters, visible] };
  return options;
}

/** A reader's `populate`: populated rows of a target readers cannot see all of are narrowed, and so are its own filters. */
export function guardPopulate(populate: unknown, schema: ReaderSchema, schemaOf: SchemaOf, path = ''): unknown {
  const object = asPopulateObject(populate, schema);
  if (!object) return populate;
  const guarded: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(object)) {
    const attribute = schema.attributes[key];
    const uid = attribute ? POPULATE_TARGET(attribute) : undefined;
    const target = uid ? schemaOf(uid) : undefined;
    guarded[key] = attribute && target ? guardPopulateEntry(entry, target, schemaOf, at(path, key), attribute.type === 'relation') : entry;
  }
  return guarded;
}

/**
 * A reader's Content API query, already sanitized by Strapi, as it may run: published documents only, every relation
 * it crosses narrowed to what readers see of the target. Throws a ReaderQueryRefusal for what cannot be narrowed.
 */
export function readerQuery(query: Query, schema: ReaderSchema, schemaOf: SchemaOf): Query {
  for (const param of PUBLICATION_PARAMS) {
    if (query[param] !== undefined) {
      throw new ReaderQueryRefusal('drafts', param, param, `Drafts are readable only with an API token (${param}).`);
    }
  }
  const guarded: Query = { ...query, status: 'published' };
  if (query.filters !== undefined) guarded.filters = guardFilters(query.filters, schema, schemaOf);
  if (query.sort !== undefined) checkSort(query.sort, schema, schemaOf);
  if (query.populate !== undefined) guarded.populate = guardPopulate(query.populate, schema, schemaOf);
  return guarded;
}
