import {
  checkConditions,
  isBuiltInField,
  isPlainObject,
  isScalar,
  MAX_QUERY_DEPTH,
  ownAttribute,
  problem,
  targetOf,
  type ShapeContext,
  type ShapeFinding,
  type ShapeSchema,
  type ShapeSchemaOf,
} from './query-filters-shape';

export type { ShapeAttribute, ShapeFinding, ShapeSchema, ShapeSchemaOf } from './query-filters-shape';

/**
 * The shape of a Content API or Content Manager query, checked before Strapi reads it: `filters` (query-filters-shape.ts),
 * `fields`, `sort` and `populate` naming the type's own attributes only, and pagination as whole numbers. What does not
 * fit is a finding naming the parameter (`["filters", "id", "$gt"]`), answered 400, where Strapi would have sent it on
 * to the database and answered 500, or dropped it and answered as if it had not been asked. Pure.
 */

export interface ShapeOptions {
  /** Names the route reads besides attributes: the Content Manager filters on `__status` and sorts by `status`. */
  extraFilterKeys?: readonly string[];
  extraSortFields?: readonly string[];
  /** The Content Manager pages with top-level `page` and `pageSize`. */
  topLevelPages?: boolean;
  /** The Content API answers a private field as one that does not exist. */
  hidePrivate?: boolean;
}

const ORDER = /^(asc|desc)$/i;
const POPULATE_OPTIONS = new Set(['fields', 'filters', 'sort', 'populate', 'on', 'count']);
const PAGINATION: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: -1 };
const BOOLEAN = new Set(['true', 'false', 't', 'f', '1', '0']);
const WHOLE = /^-?\d{1,15}$/;

const named = (path: string[]) => path.join('.');
const listOf = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function checkFields(value: unknown, schema: ShapeSchema, path: string[], context: ShapeContext): void {
  const names = typeof value === 'string' ? listOf(value) : Array.isArray(value) ? value : undefined;
  if (!names) return problem(context, path, `${named(path)} takes field names.`);
  names.forEach((name, index) => {
    const at = Array.isArray(value) ? [...path, String(index)] : path;
    if (typeof name !== 'string') problem(context, at, `${named(at)} takes field names, not lists or objects.`);
    else if (name !== '*' && !isBuiltInField(name) && !ownAttribute(schema, name, context)) problem(context, at, `${named(at)}: "${name}" names no field.`);
  });
}

interface SortRules {
  /** A populated relation sorts by its own fields only: Strapi cannot order a populated list through a join. */
  crossRelations: boolean;
  extraFields?: ReadonlySet<string>;
}

/** One sort path (`category.name`), each name an attribute of the type before it, ending on a field that holds a value. */
function checkSortPath(keys: string[], schema: ShapeSchema, path: string[], context: ShapeContext, rules: SortRules): void {
  let current: ShapeSchema | undefined = schema;
  for (const [index, key] of keys.entries()) {
    const last = index === keys.length - 1;
    if (!current) return problem(context, path, `${named(path)}: "${keys.join('.')}" goes on past a field that holds a value.`);
    if (isBuiltInField(key) || (index === 0 && rules.extraFields?.has(key))) {
      current = undefined;
      continue;
    }
    const attribute = ownAttribute(current, key, context);
    if (!attribute) return problem(context, path, `${named(path)}: "${keys.join('.')}" names no field.`);
    const target = targetOf(attribute, context.schemaOf);
    if (target && !rules.crossRelations) return problem(context, path, `${named(path)}: a populated list sorts by its own fields only, not through ${key}.`);
    if ((target || attribute.type === 'dynamiczone') && last) return problem(context, path, `${named(path)}: sort by a field of ${key}, not by ${key} itself.`);
    current = target;
  }
}

function checkSort(value: unknown, schema: ShapeSchema, path: string[], context: ShapeContext, rules: SortRules, depth = 0): void {
  if (depth > MAX_QUERY_DEPTH) return problem(context, path, `${named(path)} nests deeper than any sort can.`);
  if (typeof value === 'string') {
    for (const part of listOf(value)) {
      const [field, order, ...rest] = part.split(':');
      if (rest.length > 0 || (order !== undefined && !ORDER.test(order.trim()))) problem(context, path, `${named(path)} orders asc or desc.`);
      checkSortPath(field.trim().split('.'), schema, path, context, rules);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const at = [...path, String(index)];
      if (Array.isArray(item)) problem(context, at, `${named(at)} takes a field name or an object, not a list.`);
      else checkSort(item, schema, at, context, rules, depth + 1);
    });
  } else if (isPlainObject(value)) {
    const walk = (entry: Record<string, unknown>, keys: string[]): void => {
      for (const [key, order] of Object.entries(entry)) {
        const at = [...path, ...keys, key];
        if (isPlainObject(order) && keys.length < MAX_QUERY_DEPTH) walk(order, [...keys, key]);
        else if (typeof order !== 'string' || !ORDER.test(order)) problem(context, at, `${named(at)} orders asc or desc.`);
        else checkSortPath([...keys, key], schema, at, context, rules);
      }
    };
    walk(value, []);
  } else {
    problem(context, path, `${named(path)} takes field names.`);
  }
}

/** One populated attribute: a yes/no, `*`, or an object of populate options read against the attribute's target. */
function checkPopulateEntry(entry: unknown, target: ShapeSchema, path: string[], context: ShapeContext, depth: number): void {
  if (isScalar(entry)) return;
  if (!isPlainObject(entry)) return problem(context, path, `${named(path)} takes true, * or populate options, not a list.`);
  for (const [option, value] of Object.entries(entry)) {
    const at = [...path, option];
    if (!POPULATE_OPTIONS.has(option)) problem(context, at, `${named(at)}: a populate takes ${[...POPULATE_OPTIONS].join(', ')}.`);
    else if (option === 'fields') checkFields(value, target, at, context);
    else if (option === 'filters') checkConditions(value, target, at, context);
    else if (option === 'sort') checkSort(value, target, at, context, { crossRelations: false });
    else if (option === 'populate') checkPopulate(value, target, at, context, depth + 1);
    else if (option === 'count' && !isScalar(value)) problem(context, at, `${named(at)} takes true or false.`);
    else if (option === 'on') checkFragments(value, at, context, depth);
  }
}

/** A dynamic zone's `on`: populate options for each component it may hold, by component uid. */
function checkFragments(value: unknown, path: string[], context: ShapeContext, depth: number): void {
  if (!isPlainObject(value)) return problem(context, path, `${named(path)} takes populate options by component.`);
  for (const [uid, fragment] of Object.entries(value)) {
    const schema = context.schemaOf(uid);
    if (!schema) problem(context, [...path, uid], `${named([...path, uid])} names no component.`);
    else checkPopulateEntry(fragment, schema, [...path, uid], context, depth + 1);
  }
}

function checkPopulate(value: unknown, schema: ShapeSchema, path: string[], context: ShapeContext, depth = 0): void {
  if (depth > MAX_QUERY_DEPTH) return problem(context, path, `${named(path)} nests deeper than any populate can.`);
  if (value === '*' || value === true || value === 'true') return;
  if (typeof value === 'string' || Array.isArray(value)) {
    const paths = typeof value === 'string' ? listOf(value) : value;
    paths.forEach((item, index) => {
      const at = Array.isArray(value) ? [...path, String(index)] : path;
      if (typeof item !== 'string') return problem(context, at, `${named(at)} takes attribute names.`);
      let current: ShapeSchema | undefined = schema;
      for (const key of listOf(item).flatMap((part) => part.split('.'))) {
        const attribute: ReturnType<typeof ownAttribute> = current && ownAttribute(current, key, context);
        current = attribute && targetOf(attribute, context.schemaOf);
        if (key === '*' || (attribute?.type === 'dynamiczone' && !current)) break;
        if (!current) return problem(context, at, `${named(at)}: "${item}" names no relation, media or component.`);
      }
    });
    return;
  }
  if (!isPlainObject(value)) return problem(context, path, `${named(path)} takes attribute names or an object of them.`);
  for (const [key, entry] of Object.entries(value)) {
    const attribute = ownAttribute(schema, key, context);
    const target = attribute && targetOf(attribute, context.schemaOf);
    if (attribute?.type === 'dynamiczone') checkPopulateEntry(entry, { attributes: {} }, [...path, key], context, depth);
    else if (!target) problem(context, [...path, key], `${named([...path, key])} names no relation, media or component.`);
    else checkPopulateEntry(entry, target, [...path, key], context, depth);
  }
}

function checkWhole(value: unknown, minimum: number, path: string[], context: ShapeContext): void {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !WHOLE.test(text) || Number(text) < minimum) problem(context, path, `${named(path)} takes a whole number from ${minimum}.`);
}

function checkPagination(value: unknown, path: string[], context: ShapeContext): void {
  if (!isPlainObject(value)) return problem(context, path, `${named(path)} takes page and pageSize, or start and limit.`);
  for (const [key, entry] of Object.entries(value)) {
    const at = [...path, key];
    if (key === 'withCount') {
      if (!(typeof entry === 'boolean' || (typeof entry === 'string' && BOOLEAN.has(entry)))) problem(context, at, `${named(at)} takes true or false.`);
    } else if (Object.hasOwn(PAGINATION, key)) checkWhole(entry, PAGINATION[key], at, context);
    else problem(context, at, `${named(at)}: pagination takes page, pageSize, start, limit and withCount.`);
  }
}

/** Every problem with the query's shape, each naming its parameter; none for a query Strapi can run as asked. */
export function queryShapeFindings(query: Record<string, unknown>, schema: ShapeSchema, schemaOf: ShapeSchemaOf, options: ShapeOptions = {}): ShapeFinding[] {
  const context: ShapeContext = { schemaOf, extraFilterKeys: new Set(options.extraFilterKeys ?? []), hidePrivate: options.hidePrivate, findings: [] };
  const read = (key: string) => (Object.hasOwn(query, key) ? query[key] : undefined);
  if (read('filters') !== undefined) checkConditions(read('filters'), schema, ['filters'], context);
  if (read('fields') !== undefined) checkFields(read('fields'), schema, ['fields'], context);
  if (read('sort') !== undefined)
    checkSort(read('sort'), schema, ['sort'], context, { crossRelations: true, extraFields: new Set(options.extraSortFields ?? []) });
  if (read('populate') !== undefined) checkPopulate(read('populate'), schema, ['populate'], context);
  if (read('pagination') !== undefined) checkPagination(read('pagination'), ['pagination'], context);
  if (options.topLevelPages) {
    for (const key of ['page', 'pageSize']) if (read(key) !== undefined) checkWhole(read(key), 1, [key], context);
  }
  return context.findings;
}
