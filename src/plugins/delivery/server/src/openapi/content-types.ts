import { arrayOf, closed, dateTime, nullable, ref, type JsonSchema } from './json-schema';

/**
 * JSON Schemas of documents and components generated from their content-type schemas (what `strapi.contentTypes` and
 * `strapi.components` hold), so a field added to a schema.json is in the contract without anyone writing it down.
 * Private fields are left out, as Strapi's output sanitizer leaves them out.
 */

export interface AttributeSpec {
  type: string;
  private?: boolean;
  required?: boolean;
  description?: string;
  enum?: readonly string[];
  maxLength?: number;
  min?: number;
  max?: number;
  relation?: string;
  target?: string;
  component?: string;
  components?: readonly string[];
  repeatable?: boolean;
  multiple?: boolean;
}

export interface ModelSpec {
  uid: string;
  /** Documents have a documentId; components only an id. */
  kind: 'document' | 'component';
  description?: string;
  attributes: Record<string, AttributeSpec>;
}

export interface Catalogue {
  models: Record<string, ModelSpec>;
  /** `api.responses.privateAttributes`: fields no Content API answer shows, whatever their type. */
  privateAttributes: readonly string[];
}

/** A populate as the services pass it: `true` for a related document's own fields, `{ populate }` to go further. */
export type Populate = { [field: string]: boolean | { populate: Populate } };

const pascal = (words: string): string =>
  words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

/** `api::fact-check.fact-check` → FactCheck, `plugin::upload.file` → UploadFile, `editorial.correction` → EditorialCorrection. */
export function schemaName(uid: string): string {
  const api = /^api::[^.]+\.(.+)$/.exec(uid);
  if (api) return pascal(api[1]);
  const plugin = /^plugin::([^.]+)\.(.+)$/.exec(uid);
  if (plugin) return pascal(`${plugin[1]}-${plugin[2]}`);
  return pascal(uid);
}

const SCALARS: Record<string, JsonSchema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  richtext: { type: 'string' },
  email: { type: 'string', format: 'email' },
  uid: { type: 'string' },
  enumeration: { type: 'string' },
  integer: { type: 'integer' },
  // Strapi answers big integers as strings: they may not fit a JavaScript number.
  biginteger: { type: 'string', pattern: '^-?\\d+$' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  time: { type: 'string' },
  datetime: dateTime,
  timestamp: dateTime,
  // Any JSON value, null included: the field's description says what it holds.
  json: {},
  blocks: { type: 'array', items: { type: 'object' } },
};

export function isShown(name: string, attribute: AttributeSpec, catalogue: Catalogue): boolean {
  return !attribute.private && attribute.type !== 'password' && !catalogue.privateAttributes.includes(name);
}

const isScalar = (attribute: AttributeSpec): boolean => attribute.type in SCALARS;
const isToMany = (attribute: AttributeSpec): boolean => /ToMany$/.test(attribute.relation ?? '');
const isMorph = (attribute: AttributeSpec): boolean => /^morph/.test(attribute.relation ?? '');

function scalarSchema(attribute: AttributeSpec): JsonSchema {
  const schema: JsonSchema = { ...SCALARS[attribute.type] };
  if (attribute.type === 'enumeration' && attribute.enum) schema.enum = [...attribute.enum];
  if (attribute.maxLength !== undefined && schema.type === 'string') schema.maxLength = attribute.maxLength;
  if (typeof attribute.min === 'number' && schema.type !== 'string') schema.minimum = attribute.min;
  if (typeof attribute.max === 'number' && schema.type !== 'string') schema.maximum = attribute.max;
  const described = (value: JsonSchema): JsonSchema => (attribute.description ? { ...value, description: attribute.description } : value);
  return described(attribute.type === 'json' || attribute.required ? schema : nullable(schema));
}

/** The model a relation, media or component field leads to, when the catalogue has it (a morph relation leads anywhere). */
export function targetOf(attribute: AttributeSpec): string | null {
  if (attribute.type === 'relation' && !isMorph(attribute)) return attribute.target ?? null;
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'component') return attribute.component ?? null;
  return null;
}

/** One or many of `item`, as the field's kind says: a to-many relation, multiple media or a repeatable component is a list. */
function cardinality(attribute: AttributeSpec, item: JsonSchema): JsonSchema {
  const many = isToMany(attribute) || attribute.multiple === true || attribute.repeatable === true;
  const schema = many ? arrayOf(item) : nullable(item);
  return attribute.description ? { ...schema, description: attribute.description } : schema;
}

function identity(model: ModelSpec): Record<string, JsonSchema> {
  const id: JsonSchema = { type: 'integer' };
  return model.kind === 'document' ? { id, documentId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } } : { id };
}

function scalars(model: ModelSpec, catalogue: Catalogue): Record<string, JsonSchema> {
  const entries = Object.entries(model.attributes).filter(([name, attribute]) => isScalar(attribute) && isShown(name, attribute, catalogue));
  return Object.fromEntries(entries.map(([name, attribute]) => [name, scalarSchema(attribute)]));
}

/** The related fields a reader can populate: relations to models the catalogue has, media, components and dynamic zones. */
export function populatable(model: ModelSpec, catalogue: Catalogue): Array<[string, AttributeSpec]> {
  return Object.entries(model.attributes).filter(([name, attribute]) => {
    if (!isShown(name, attribute, catalogue)) return false;
    if (attribute.type === 'dynamiczone') return true;
    const target = targetOf(attribute);
    return target !== null && target in catalogue.models;
  });
}

export function scalarNames(model: ModelSpec, catalogue: Catalogue): string[] {
  return Object.keys(scalars(model, catalogue));
}

/**
 * A model as the core `find`/`findOne` answer it: `id` (and `documentId`) always; its other fields present unless
 * `fields` leaves them out; a related field only when populated, as the related model's own schema (so a deeper
 * populate validates too). `extras` are fields a controller adds (a category's articleCount).
 */
export function openSchema(model: ModelSpec, catalogue: Catalogue, extras: Record<string, JsonSchema> = {}): JsonSchema {
  const related = populatable(model, catalogue).map(([name, attribute]): [string, JsonSchema] => {
    if (attribute.type === 'dynamiczone') {
      const parts = (attribute.components ?? []).map((uid) => ({ allOf: [ref(schemaName(uid))], properties: { __component: { const: uid } } }));
      return [name, arrayOf({ anyOf: parts })];
    }
    return [name, cardinality(attribute, ref(schemaName(targetOf(attribute) as string)))];
  });
  const properties = { ...identity(model), ...scalars(model, catalogue), ...Object.fromEntries(related), ...extras };
  const required = [...Object.keys(identity(model)), ...Object.keys(extras)];
  return closed(properties, required, model.description ? { description: model.description } : {});
}

/**
 * A model as a delivery service answers it, populated as that service populates it: every field it shows is there
 * (null when empty), related fields exactly those in `populate`. `overrides` are fields the service adds or reshapes.
 */
export function populatedSchema(model: ModelSpec, catalogue: Catalogue, populate: Populate = {}, overrides: Record<string, JsonSchema> = {}): JsonSchema {
  const related = Object.entries(populate)
    .filter(([, nested]) => nested !== false)
    .map(([name, nested]): [string, JsonSchema] => {
      const attribute = model.attributes[name];
      const target = attribute ? targetOf(attribute) : null;
      if (!attribute || !target || !catalogue.models[target]) throw new Error(`${model.uid} has no related field "${name}" to document.`);
      const inner = populatedSchema(catalogue.models[target], catalogue, typeof nested === 'boolean' ? {} : nested.populate);
      return [name, cardinality(attribute, inner)];
    });
  return closed({ ...identity(model), ...scalars(model, catalogue), ...Object.fromEntries(related), ...overrides });
}
