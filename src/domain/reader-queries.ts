import { KICKER_UID } from './uids';

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

type Filter = Record<string, unknown>;
type Query = Record<string, unknown>;

/** The kicker state readers see; a proposed kicker is an editor's suggestion, not yet on the site. */
export const READER_KICKER_STATE = 'approved';

const FILE_UID = 'plugin::upload.file';
const TO_MANY = new Set(['oneToMany', 'manyToMany', 'morphMany', 'morphToMany']);
const GROUPS = new Set(['$and', '$or']);
const PUBLICATION_PARAMS = ['publicationFilter', 'hasPublishedVersion'] as const;

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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const isOperator = (key: string): boolean => key.startsWith('$');

const hasDraftAndPublish = (schema: ReaderSchema): boolean => schema.options?.draftAndPublish === true;

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
function booleanOf(value: unknown): boolean {
  if (value === true || value === 'true' || value === 't' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === 'f' || value === '0' || value === 0) return false;
  return Boolean(value);
}

interface FilterContext {
  schemaOf: SchemaOf;
  /** False under an odd number of `$not`. */
  positive: boolean;
  /** Whether the rows being filtered belong to a draft & publish type (a component's rows to its owner's). */
  ownerHasDrafts: boolean;
  param: string;
  path: string;
}

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * A relation's filter value as a filter on its target: `{ kicker: 5 }` and `{ kicker: { $in: [5] } }` compare the
 * related row's id; `$null`/`$notNull` ask whether a related row exists (`present`) or not (`absent`).
 */
function relationFilter(value: unknown, context: FilterContext): { filter: unknown; absent: boolean } {
  if (!isPlainObject(value)) return { filter: { id: value }, absent: false };
  const keys = Object.keys(value);
  const operators = keys.filter(isOperator);
  if (operators.length === 0) return { filter: value, absent: false };
  if (operators.length !== keys.length || operators.length > 1) {
    throw new ReaderQueryRefusal(
      'shape',
      context.param,
      context.path,
      `A relation filter takes one operator or field conditions, not both (${context.param}.${context.path}).`,
    );
  }
  const [operator] = operators;
  if (GROUPS.has(operator) || operator === '$not') return { filter: value, absent: false };
  if (operator === '$null' || operator === '$notNull') {
    const flag = booleanOf(value[operator]);
    return { filter: { id: { $notNull: true } }, absent: (operator === '$null') === flag };
  }
  return { filter: { id: value }, absent: false };
}

function guardFilterValue(value: unknown, schema: ReaderSchema, context: FilterContext): unknown {
  if (Array.isArray(value)) return value.map((item) => guardFilterValue(item, schema, context));
  if (!isPlainObject(value)) return value;
  const guarded: Filter = {};
  const extra: Filter[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (GROUPS.has(key)) {
      guarded[key] = Array.isArray(entry) ? entry.map((item) => guardFilterValue(item, schema, context)) : entry;
      continue;
    }
    if (key === '$not') {
      guarded[key] = guardFilterValue(entry, schema, { ...context, positive: !context.positive });
      continue;
    }
    const attribute = isOperator(key) ? undefined : schema.attributes[key];
    const path = at(context.path, key);
    if (attribute?.type === 'component' && attribute.component) {
      const component = context.schemaOf(attribute.component);
      guarded[key] = component && isPlainObject(entry) ? guardFilterValue(entry, component, { ...context, path }) : entry;
      continue;
    }
    const targetUid = attribute?.type === 'media' ? FILE_UID : attribute?.type === 'relation' ? attribute.target : undefined;
    const target = targetUid ? context.schemaOf(targetUid) : undefined;
    if (!attribute || !target) {
      guarded[key] = entry;
      continue;
    }
    const nested: FilterContext = { ...context, path, ownerHasDrafts: hasDraftAndPublish(target) };
    const visible = visibleRows(target);
    if (!visible) {
      // Every row of the target is readable; relations further down may not be.
      guarded[key] = isPlainObject(entry) ? guardFilterValue(entry, target, nested) : entry;
      continue;
    }
    const { filter, absent } = relationFilter(entry, { ...context, path });
    const positive = absent ? !context.positive : context.positive;
    if (!positive && TO_MANY.has(attribute.relation ?? '') && !context.ownerHasDrafts) {
      throw new ReaderQueryRefusal(
        'shape',
        context.param,
        path,
        `Readers cannot filter on related rows being absent (${context.param}.${path}): unpublished ones are linked there too. Filter on the ones present instead.`,
      );
    }
    const crossing = { [key]: { $and: [guardFilterValue(filter, target, { ...nested, positive }), visible] } };
    if (absent) extra.push({ $not: crossing });
    else guarded[key] = crossing[key];
  }
  if (extra.length === 0) return guarded;
  return { $and: [...(Object.keys(guarded).length > 0 ? [guarded] : []), ...extra] };
}

/** A reader's `filters` on `schema`, every relation it crosses narrowed to what readers see of the target. */
export function guardFilters(filters: unknown, schema: ReaderSchema, schemaOf: SchemaOf, param = 'filters'): unknown {
  return guardFilterValue(filters, schema, { schemaOf, positive: true, ownerHasDrafts: hasDraftAndPublish(schema), param, path: '' });
}

/** Every field path a `sort` names, in any of the shapes Strapi reads: `a.b:asc,c`, `['a.b']`, `{ a: { b: 'asc' } }`. */
function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((segment) => segment.trim().split(':')[0].trim())
      .filter(Boolean)
      .map((field) => field.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, order]) => (isPlainObject(order) ? sortPaths(order).map((rest) => [key, ...rest]) : [[key]]));
  }
  return [];
}

/** Refuses a reader's sort that orders by a field of a relation's target readers cannot see all of. */
export function checkSort(sort: unknown, schema: ReaderSchema, schemaOf: SchemaOf, param = 'sort'): void {
  for (const path of sortPaths(sort)) {
    let current: ReaderSchema | undefined = schema;
    for (const [index, key] of path.entries()) {
      const attribute: ReaderAttribute | undefined = current?.attributes[key];
      if (!attribute) break;
      const uid =
        attribute.type === 'component'
          ? attribute.component
          : attribute.type === 'media'
            ? FILE_UID
            : attribute.type === 'relation'
              ? attribute.target
              : undefined;
      if (!uid) break;
      current = schemaOf(uid);
      if (attribute.type === 'relation' && current && visibleRows(current)) {
        const named = path.slice(0, index + 1).join('.');
        throw new ReaderQueryRefusal(
          'shape',
          param,
          named,
          `Readers cannot sort by a field of ${named} (${param}): unpublished rows would take part. Sort a populated list with populate[…][sort] instead.`,
        );
      }
    }
  }
}

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
