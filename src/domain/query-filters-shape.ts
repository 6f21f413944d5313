import type { Finding } from './finding';

/**
 * The shape of a query's `filters`, as Strapi's query builder can run them. Strapi's own validator checks the names a
 * filter uses, not its shape, and looks names up with `in`: an operator under a scalar operator, an object where a value
 * belongs or a name Object.prototype holds (`toString`) reach the database and come back as a 500. Pure.
 */

export interface ShapeAttribute {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
}

/** The parts of a content type's or component's schema the shape rules read. */
export interface ShapeSchema {
  attributes: Record<string, ShapeAttribute>;
}

export type ShapeSchemaOf = (uid: string) => ShapeSchema | undefined;

export type ShapeFinding = Finding<'query-shape'>;

/** Operators that compare a field with one value. */
const SCALAR_OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$null',
  '$notNull',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]);
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const GROUPS = new Set(['$and', '$or']);
/** Columns every type has without an attribute naming them. */
const BUILT_IN_FIELDS = new Set(['id', 'documentId']);
/** Deeper than any query a frontend or the admin panel sends; a bound on the walk, whatever parsed the query. */
export const MAX_QUERY_DEPTH = 24;

const FILE_UID = 'plugin::upload.file';

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

export const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The schema's own attribute of that name; never one Object.prototype lends it (`toString`, `constructor`). Where the
 * caller may not read private fields, a private one is answered as a name that does not exist, so the refusal tells no
 * reader which private fields there are.
 */
export function ownAttribute(schema: ShapeSchema, name: string, context: ShapeContext): ShapeAttribute | undefined {
  const attribute = Object.hasOwn(schema.attributes, name) ? schema.attributes[name] : undefined;
  return attribute?.private && context.hidePrivate ? undefined : attribute;
}

export const isBuiltInField = (name: string): boolean => BUILT_IN_FIELDS.has(name);

/** The schema a relation, a media field or a component leads to, or undefined for a field that holds a value. */
export function targetOf(attribute: ShapeAttribute, schemaOf: ShapeSchemaOf): ShapeSchema | undefined {
  if (attribute.type === 'relation' && attribute.target) return schemaOf(attribute.target);
  if (attribute.type === 'media') return schemaOf(FILE_UID);
  if (attribute.type === 'component' && attribute.component) return schemaOf(attribute.component);
  return undefined;
}

export interface ShapeContext {
  schemaOf: ShapeSchemaOf;
  /** Names the route reads besides attributes (the Content Manager's `__status` filter). */
  extraFilterKeys?: ReadonlySet<string>;
  /** The Content API: private fields are no names a caller can use there (Strapi refuses them after this check). */
  hidePrivate?: boolean;
  findings: ShapeFinding[];
}

export const problem = (context: ShapeContext, path: string[], message: string): void => {
  context.findings.push({ code: 'query-shape', path, message });
};

const named = (path: string[]) => path.join('.');

/** What may stand after a field's operator: one value, a list of values, or (under `$not`) more operators. */
function checkOperatorValue(operator: string, value: unknown, path: string[], context: ShapeContext, depth: number): void {
  if (SCALAR_OPERATORS.has(operator)) {
    if (!isScalar(value)) problem(context, path, `${named(path)} takes one value, not a list or an object (no operator under ${operator}).`);
  } else if (LIST_OPERATORS.has(operator)) {
    if (!(isScalar(value) || (Array.isArray(value) && value.every(isScalar)))) problem(context, path, `${named(path)} takes a list of values.`);
  } else if (operator === '$between') {
    if (!(Array.isArray(value) && value.length === 2 && value.every(isScalar))) problem(context, path, `${named(path)} takes a list of two values.`);
  } else if (operator === '$not') {
    checkFieldValue(value, path, context, depth + 1);
  } else {
    problem(context, path, `${operator} is not a filter operator (${named(path)}).`);
  }
}

/** A field's filter: a value, a list of values, or an object of operators. */
function checkFieldValue(value: unknown, path: string[], context: ShapeContext, depth: number): void {
  if (isScalar(value)) return;
  if (Array.isArray(value)) {
    if (!value.every(isScalar)) problem(context, path, `${named(path)} takes a list of values, not of lists or objects.`);
    return;
  }
  if (!isPlainObject(value)) return problem(context, path, `${named(path)} takes a value or operators.`);
  if (depth > MAX_QUERY_DEPTH) return problem(context, path, `${named(path)} nests deeper than any filter can.`);
  const keys = Object.keys(value);
  if (keys.length === 0) problem(context, path, `${named(path)} names no operator.`);
  for (const key of keys) {
    if (!key.startsWith('$')) problem(context, [...path, key], `${named(path)} takes operators such as $eq, not "${key}".`);
    else checkOperatorValue(key, value[key], [...path, key], context, depth);
  }
}

/** A relation's filter: the related row's id (a value, a list, operators), or conditions on the target's fields. */
function checkRelationValue(value: unknown, target: ShapeSchema, path: string[], context: ShapeContext, depth: number): void {
  if (!isPlainObject(value)) return checkFieldValue(value, path, context, depth);
  for (const [key, entry] of Object.entries(value)) {
    if (key.startsWith('$') && !GROUPS.has(key) && key !== '$not') checkOperatorValue(key, entry, [...path, key], context, depth);
    else checkConditions({ [key]: entry }, target, path, context, depth + 1);
  }
}

/** A filter object: field conditions and `$and`/`$or`/`$not` groups of them. */
export function checkConditions(value: unknown, schema: ShapeSchema, path: string[], context: ShapeContext, depth = 0): void {
  if (!isPlainObject(value)) return problem(context, path, `${named(path)} takes conditions on fields, not a list or a value.`);
  if (depth > MAX_QUERY_DEPTH) return problem(context, path, `${named(path)} nests deeper than any filter can.`);
  for (const [key, entry] of Object.entries(value)) {
    const at = [...path, key];
    if (GROUPS.has(key)) {
      if (!Array.isArray(entry)) problem(context, at, `${named(at)} takes a list of conditions.`);
      else entry.forEach((item, index) => checkConditions(item, schema, [...at, String(index)], context, depth + 1));
      continue;
    }
    if (key === '$not') {
      checkConditions(entry, schema, at, context, depth + 1);
      continue;
    }
    if (key.startsWith('$')) {
      problem(context, at, `${key} is not an operator that groups conditions (${named(at)}); use $and, $or or $not.`);
      continue;
    }
    if (isBuiltInField(key) || context.extraFilterKeys?.has(key)) {
      checkFieldValue(entry, at, context, depth + 1);
      continue;
    }
    const attribute = ownAttribute(schema, key, context);
    if (!attribute) {
      problem(context, at, `${named(at)} names no field.`);
      continue;
    }
    const target = targetOf(attribute, context.schemaOf);
    if (attribute.type === 'component') {
      if (target) checkConditions(entry, target, at, context, depth + 1);
    } else if (attribute.type === 'dynamiczone') {
      problem(context, at, `${named(at)} is a dynamic zone, which filters cannot read.`);
    } else if (target) {
      checkRelationValue(entry, target, at, context, depth + 1);
    } else {
      checkFieldValue(entry, at, context, depth + 1);
    }
  }
}
