import { parse } from 'qs';
import { inheritedKeyPath, keyNames } from '#domain/query-keys';
import { queryShapeFindings, type ShapeSchema } from '#domain/query-shape';

// A newsroom in miniature: an article with a category, a lead-image component and a dynamic zone; categories list
// their articles.
const SCHEMAS: Record<string, ShapeSchema> = {
  'api::article.article': {
    attributes: {
      title: { type: 'string' },
      stage: { type: 'string', private: true },
      createdAt: { type: 'datetime' },
      category: { type: 'relation', target: 'api::category.category' },
      leadImage: { type: 'component', component: 'media.lead-image' },
      blocks: { type: 'dynamiczone' },
    },
  },
  'api::category.category': {
    attributes: { name: { type: 'string' }, articles: { type: 'relation', target: 'api::article.article' } },
  },
  'media.lead-image': { attributes: { alt: { type: 'string' }, image: { type: 'media' } } },
  'plugin::upload.file': { attributes: { url: { type: 'string' } } },
};
const ARTICLE = SCHEMAS['api::article.article'];
const schemaOf = (uid: string) => SCHEMAS[uid];

// Strapi's query parser, as configured by strapi::query.
const query = (text: string) => parse(text, { strictNullHandling: true, arrayLimit: 100, depth: 20 }) as Record<string, unknown>;
const paths = (text: string, options = {}) => queryShapeFindings(query(text), ARTICLE, schemaOf, options).map((finding) => finding.path);

describe('Query shape: what frontends and the admin panel send', () => {
  it.each([
    'filters[title][$eq]=x',
    'filters[title][$eq]',
    'filters[title]=x',
    'filters[title][0]=a&filters[title][1]=b',
    'filters[id][$in][0]=1&filters[id][$in][1]=2',
    'filters[id][$in]=1',
    'filters[createdAt][$between][0]=2000-01-01&filters[createdAt][$between][1]=2001-01-01',
    'filters[title][$not][$eq]=x',
    'filters[$not][title][$eq]=x',
    'filters[$or][0][title][$eq]=x&filters[$or][1][id][$notNull]=true',
    'filters[category][name][$containsi]=x',
    'filters[category]=3',
    'filters[category][$in][0]=3',
    'filters[category][id][$null]=true',
    'filters[category][articles][category][$and][0][name][$eq]=x',
    'filters[leadImage][alt][$eq]=x',
    'filters[leadImage][image][url][$eq]=x',
    'filters[documentId][$eq]=x',
    'fields[0]=title&fields[1]=createdAt',
    'fields=title,createdAt',
    'sort=title:asc,createdAt:DESC',
    'sort[0]=category.name:asc&sort[1]=id',
    'sort[0][title]=asc',
    'sort[category][name]=desc',
    'sort=',
    'populate=*',
    'populate=category,leadImage.image',
    'populate[0]=category.articles',
    'populate[category]=true',
    'populate[category][fields][0]=name&populate[category][sort]=name:asc',
    'populate[category][filters][name][$eq]=x&populate[category][populate][articles][count]=true',
    'populate[blocks][on][media.lead-image][populate]=*',
    'pagination[page]=2&pagination[pageSize]=5&pagination[withCount]=false',
    'pagination[start]=0&pagination[limit]=-1',
    'status=draft&locale=en',
  ])('accepts %s', (text) => {
    expect(paths(text)).toEqual([]);
  });

  it('accepts the Content Manager list view: its status filter and sort, and top-level pages', () => {
    const options = { extraFilterKeys: ['__status'], extraSortFields: ['status'], topLevelPages: true };
    expect(paths('page=1&pageSize=10&sort=status:ASC&filters[$and][0][__status][$eq]=draft&filters[$and][1][title][$contains]=x', options)).toEqual([]);
  });
});

describe('Query shape: what Strapi cannot run as asked', () => {
  it.each([
    ['filters[id][$gt][$ne]=0', ['filters', 'id', '$gt']],
    ['filters[title][$eq][$gt]=1', ['filters', 'title', '$eq']],
    ['filters[title][$eq][0]=a', ['filters', 'title', '$eq']],
    ['filters[title][$in][0][$eq]=a', ['filters', 'title', '$in']],
    ['filters[title][$between][0]=a', ['filters', 'title', '$between']],
    ['filters[title][$not][$eq][$ne]=1', ['filters', 'title', '$not', '$eq']],
    ['filters[category][id][$lt][$eq]=1', ['filters', 'category', 'id', '$lt']],
    ['filters[category][$eq][$gt]=1', ['filters', 'category', '$eq']],
    ['filters[title][$foo]=1', ['filters', 'title', '$foo']],
    ['filters[title][$jsonSupersetOf]=1', ['filters', 'title', '$jsonSupersetOf']],
    ['filters[title][x]=1', ['filters', 'title', 'x']],
    ['filters[title][0][0]=1', ['filters', 'title']],
    ['filters[$where]=1', ['filters', '$where']],
    ['filters[$and]=x', ['filters', '$and']],
    ['filters[$or][0]=x', ['filters', '$or', '0']],
    ['filters[$not]=x', ['filters', '$not']],
    ['filters=x', ['filters']],
    ['filters[0]=x', ['filters']],
    ['filters[nothing][$eq]=1', ['filters', 'nothing']],
    ['filters[blocks][$eq]=1', ['filters', 'blocks']],
    ['fields[0]=toString', ['fields', '0']],
    ['fields[0]=valueOf', ['fields', '0']],
    ['fields=title,constructor', ['fields']],
    ['fields[0][0]=title', ['fields', '0']],
    ['fields[]=', ['fields', '0']],
    ['sort=toString', ['sort']],
    ['sort=title:sideways', ['sort']],
    ['sort=title.x', ['sort']],
    ['sort=category', ['sort']],
    ['sort[0][0]=title', ['sort', '0']],
    ['sort[title]=up', ['sort', 'title']],
    ['populate=hasOwnProperty', ['populate']],
    ['populate=title', ['populate']],
    ['populate[0][0]=category', ['populate', '0']],
    ['populate[category][sort]=articles.title', ['populate', 'category', 'sort']],
    ['populate[category][sort]=name.x', ['populate', 'category', 'sort']],
    ['populate[category][sort][articles][title]=asc', ['populate', 'category', 'sort', 'articles', 'title']],
    ['populate[category][fields][0]=toString', ['populate', 'category', 'fields', '0']],
    ['populate[category][filters][0]=x', ['populate', 'category', 'filters']],
    ['populate[category][limit]=1', ['populate', 'category', 'limit']],
    ['populate[category][0]=x', ['populate', 'category']],
    ['populate[blocks][on][no.such]=true', ['populate', 'blocks', 'on', 'no.such']],
    ['pagination[page]=abc', ['pagination', 'page']],
    ['pagination[page]=0', ['pagination', 'page']],
    ['pagination[page]=1.5', ['pagination', 'page']],
    ['pagination[page]=99999999999999999999', ['pagination', 'page']],
    ['pagination[pageSize][$gt]=1', ['pagination', 'pageSize']],
    ['pagination[start]=-1', ['pagination', 'start']],
    ['pagination[withCount]=maybe', ['pagination', 'withCount']],
    ['pagination[offset]=1', ['pagination', 'offset']],
    ['pagination=1', ['pagination']],
    ['pagination[0]=1', ['pagination']],
  ])('refuses %s, naming %j', (text, path) => {
    expect(paths(text)[0]).toEqual(path);
  });

  it('refuses top-level pages that are no whole number where the route reads them', () => {
    expect(paths('page=abc&pageSize[$gt]=1', { topLevelPages: true })).toEqual([['page'], ['pageSize']]);
  });

  it('reads no name Object.prototype lends a schema, whichever object the query parser made', () => {
    const inherited: Record<string, unknown> = Object.create(null);
    inherited['toString'] = { $eq: 1 };
    expect(queryShapeFindings({ filters: inherited }, ARTICLE, schemaOf).map((finding) => finding.path)).toEqual([['filters', 'toString']]);
  });

  it('answers a private field on the Content API as a field that does not exist, and reads it in the Content Manager', () => {
    const messages = (text: string) => queryShapeFindings(query(text), ARTICLE, schemaOf, { hidePrivate: true }).map((finding) => finding.message);
    expect(messages('filters[stage][$eq]=x&sort=stage&fields[0]=stage')).toEqual(
      messages('filters[nosuch][$eq]=x&sort=nosuch&fields[0]=nosuch').map((message) => message.replace(/nosuch/g, 'stage')),
    );
    expect(messages('filters[stage][$eq]=x')).toHaveLength(1);
    expect(paths('filters[stage][$eq]=x&sort=stage:asc&fields[0]=stage')).toEqual([]);
  });

  it('stops at a bounded depth, however deep the query nests', () => {
    let filters: Record<string, unknown> = { title: { $eq: 'x' } };
    for (let level = 0; level < 1000; level += 1) filters = { $not: filters };
    expect(queryShapeFindings({ filters }, ARTICLE, schemaOf)).toHaveLength(1);
  });
});

describe('Query keys: names every object inherits', () => {
  it('splits a key into the names the query parser reads', () => {
    expect(keyNames('filters[title][$eq]')).toEqual(['filters', 'title', '$eq']);
    expect(keyNames('sort')).toEqual(['sort']);
    expect(keyNames('filters[]')).toEqual(['filters', '']);
  });

  it.each([
    ['filters[toString][$eq]=1', ['filters', 'toString']],
    ['populate[constructor]=true', ['populate', 'constructor']],
    ['a=1&filters[title][__proto__]=1', ['filters', 'title', '__proto__']],
    ['filters%5BhasOwnProperty%5D=1', ['filters', 'hasOwnProperty']],
    ['prototype=1', ['prototype']],
  ])('finds the inherited name in %s', (text, path) => {
    expect(inheritedKeyPath(text)).toEqual(path);
  });

  it.each(['filters[title][$eq]=toString', 'fields[0]=title&sort=id', 'filters[%E0%A4%A]=1', ''])('finds none in %s', (text) => {
    expect(inheritedKeyPath(text)).toBeUndefined();
  });
});
