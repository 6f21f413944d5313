import fs from 'fs';
import path from 'path';

// The malformed query strings and bodies the malformed-queries suite sends to every route, generated from each type's
// schema file: which field, relation and relation-of-the-target each family names comes from the schema, so a type
// added with routes is probed the same without an edit here.

const SRC = path.resolve(__dirname, '..', '..', 'src');

interface Attribute {
  type: string;
  target?: string;
  private?: boolean;
}

/** A newsroom type as the probes need it: a text field, a relation, and a text field and relation of its target. */
export interface ProbedType {
  uid: string;
  plural: string;
  draftAndPublish: boolean;
  field: string;
  relation: string;
  targetField: string;
  targetRelation: string;
}

const TEXT = new Set(['string', 'text', 'uid']);
const readSchema = (api: string, name: string) => JSON.parse(fs.readFileSync(path.join(SRC, 'api', api, 'content-types', name, 'schema.json'), 'utf8'));
const firstOf = (attributes: Record<string, Attribute>, test: (attribute: Attribute) => boolean): string => {
  const found = Object.entries(attributes).find(([, attribute]) => !attribute.private && test(attribute));
  if (!found) throw new Error('A probed type needs a text field and a relation.');
  return found[0];
};

/** The types the Content API serves (those with routes), from their schema files. */
export function probedTypes(): ProbedType[] {
  const schemas = new Map<string, { plural: string; draftAndPublish: boolean; attributes: Record<string, Attribute> }>();
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    if (!fs.existsSync(path.join(SRC, 'api', api, 'routes'))) continue;
    for (const name of fs.readdirSync(path.join(SRC, 'api', api, 'content-types'))) {
      const schema = readSchema(api, name);
      schemas.set(`api::${api}.${name}`, {
        plural: schema.info.pluralName,
        draftAndPublish: schema.options?.draftAndPublish === true,
        attributes: schema.attributes,
      });
    }
  }
  return [...schemas].map(([uid, schema]) => {
    const relation = firstOf(schema.attributes, (attribute) => attribute.type === 'relation' && schemas.has(attribute.target ?? ''));
    const target = schemas.get(schema.attributes[relation].target ?? '');
    if (!target) throw new Error(`No schema for the target of ${uid}.${relation}.`);
    return {
      uid,
      plural: schema.plural,
      draftAndPublish: schema.draftAndPublish,
      field: firstOf(schema.attributes, (attribute) => TEXT.has(attribute.type)),
      relation,
      targetField: firstOf(target.attributes, (attribute) => TEXT.has(attribute.type)),
      targetRelation: firstOf(target.attributes, (attribute) => attribute.type === 'relation'),
    };
  });
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Families of malformed query strings for one type, keyed by what is wrong with them. */
export function malformedQueries(type: ProbedType): Record<string, string[]> {
  const { field: F, relation: R, targetField: TF, targetRelation: TR } = type;
  return {
    'an operator under a scalar operator': [
      'filters[id][$gt][$ne]=0',
      `filters[${F}][$eq][$gt]=1`,
      `filters[${F}][$ne][$null]=true`,
      `filters[${F}][$not][$eq][$ne]=1`,
      `filters[${F}][$containsi][$in][0]=a`,
      `filters[${R}][id][$lt][$eq]=1`,
      `filters[$and][0][${F}][$eq][$gt]=1`,
      `filters[$or][0][id][$in][0][$ne]=1`,
      `populate[${R}][filters][${TF}][$eq][$gt]=1`,
    ],
    'an object or a list where a scalar belongs': [
      `filters[${F}][$eq][0]=a&filters[${F}][$eq][1]=b`,
      `filters[${F}][$contains][x]=1`,
      'filters[id][$lt][0]=1',
      `filters[${F}][$null][0]=true`,
      `filters[${F}][$in][a]=1`,
      `filters[${F}][x]=1`,
      `filters[$and]=x`,
      `filters[$and][x][${F}]=1`,
      `filters[$or][0]=x`,
      'filters[$not]=x',
    ],
    'a prototype or inherited name': [
      // Every name in every place would be 60 queries; each place meets three names, and every name several places.
      ...[
        (name: string) => `fields[0]=${name}`,
        (name: string) => `sort=${name}`,
        (name: string) => `sort[0]=${name}:asc`,
        (name: string) => `populate=${name}`,
        (name: string) => `populate[${name}]=true`,
        (name: string) => `filters[${name}][$eq]=1`,
        (name: string) => `filters[${name}]=1`,
        (name: string) => `filters[${R}][${name}][$eq]=1`,
        (name: string) => `filters[${F}][${name}]=1`,
      ].flatMap((place, index) => [0, 3, 5].map((offset) => place(PROTOTYPE_NAMES[(index + offset) % PROTOTYPE_NAMES.length]))),
      `populate[${R}][fields][0]=toString`,
      `populate[${R}][sort]=constructor`,
      `populate[${R}][populate][toString]=true`,
      'fields=toString',
      `sort[toString]=asc`,
    ],
    'an unknown operator': [
      `filters[${F}][$foo]=1`,
      'filters[$foo]=1',
      'filters[$where]=1',
      `filters[${F}][$raw]=1`,
      `filters[${F}][$eq1]=1`,
      `filters[${R}][$foo]=1`,
      `sort=${F}:sideways`,
    ],
    'a sort through a relation inside a populate': [
      `populate[${R}][sort]=${TR}.id`,
      `populate[${R}][sort][0]=${TR}.id:asc`,
      `populate[${R}][sort][${TR}][id]=asc`,
      `populate[${R}][sort]=${TF}.x`,
    ],
    'bad pagination': [
      'pagination[page]=abc',
      'pagination[page]=1.5',
      'pagination[page]=0',
      'pagination[page]=-2',
      'pagination[pageSize]=abc',
      'pagination[pageSize]=0',
      'pagination[page][$gt]=1',
      'pagination[page][0]=1',
      'pagination[start]=abc',
      'pagination[start]=-1',
      'pagination[limit]=x',
      'pagination[page]=99999999999999999999999',
      'pagination=1',
      'pagination[0]=1',
      'page=abc',
      'pageSize[$gt]=1',
    ],
    'deeply repeated brackets': [
      `filters[${F}]${'[$eq]'.repeat(30)}=1`,
      `filters${'[$not]'.repeat(40)}[${F}][$eq]=1`,
      `fields${'[0]'.repeat(12)}=${F}`,
      `sort${'[0]'.repeat(12)}=${F}`,
      `populate${'[x]'.repeat(25)}=1`,
      `filters[${F}]${'[0]'.repeat(25)}=1`,
    ],
    'a list where an object belongs': [
      'filters[0]=x',
      `filters[0][${F}]=x`,
      `populate[${R}][filters][0]=x`,
      `populate[${R}][populate][0][x]=1`,
      'pagination[0][page]=1',
      `fields[0][${F}]=1`,
    ],
    'an empty key': ['filters[]=x', `filters[][${F}]=x`, 'fields[]=', 'populate[]=x', 'sort[][x]=asc', `filters[${F}][$eq][]=1`],
  };
}

/**
 * Queries as the frontends and the admin panel send them: each must still answer 200. On an item route, only those
 * whose filters keep the item (`item`).
 */
export function controlQueries(type: ProbedType, item = false): string[] {
  const { field: F, relation: R, targetField: TF } = type;
  const narrowing = [
    `filters[${F}][$eq]=x`,
    `filters[${F}][$containsi]=x`,
    'filters[id][$in][0]=1&filters[id][$in][1]=2',
    `filters[${F}][0]=a&filters[${F}][1]=b`,
    `filters[${F}][]=a&filters[${F}][]=b`,
    `filters[${F}][$null]=true`,
    `filters[${R}][id][$notNull]=true`,
    'filters[documentId][$eq]=x',
    'filters[createdAt][$between][0]=2000-01-01&filters[createdAt][$between][1]=2000-01-02',
  ];
  return [
    '',
    ...(item ? [] : narrowing),
    'filters[id][$gt]=0',
    `filters[$or][0][${F}][$eq]=x&filters[$or][1][id][$notNull]=true`,
    `filters[$not][${F}][$eq]=x`,
    `filters[${F}][$not][$eq]=x`,
    'sort=createdAt:desc',
    `fields[0]=${F}`,
    `fields=${F}`,
    `sort=${F}:asc`,
    `sort[0]=${F}:desc&sort[1]=id`,
    `sort[0][${F}]=asc`,
    'populate=*',
    `populate[${R}]=true`,
    `populate[${R}][fields][0]=${TF}`,
    `populate[${R}][sort]=${TF}:asc`,
    `populate[${R}][filters][${TF}][$eq]=x`,
    'pagination[page]=1&pagination[pageSize]=5',
    'pagination[start]=0&pagination[limit]=5',
    'pagination[limit]=-1',
    'pagination[withCount]=false',
  ];
}

/** Raw JSON bodies that are no document: a list, a string, a number, null, and the same under `data`. */
export const MALFORMED_BODIES = ['[]', '[{"data":{}}]', '"text"', '42', 'null', 'true'];
export const MALFORMED_DATA = ['{"data":[]}', '{"data":[{"title":"x"}]}', '{"data":"text"}', '{"data":42}', '{"data":null}', '{}'];
