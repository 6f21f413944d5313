import {
  MAX_RELATIONS_SENT,
  relationCapMessage,
  relationLists,
  relationsOverCap,
  relationSendCap,
  type RelationAttribute,
} from '../../../src/domain/relation-caps';
import { saveRequest } from '../../../src/guards/save-request';

const schemas: Record<string, Record<string, RelationAttribute>> = {
  'api::article.article': {
    title: { type: 'string' },
    authors: { type: 'relation', relation: 'manyToMany' },
    sources: { type: 'relation', relation: 'manyToMany' },
    category: { type: 'relation', relation: 'manyToOne' },
    leadImage: { type: 'component', component: 'media.lead-image' },
  },
  'api::fact-check.fact-check': { citations: { type: 'component', repeatable: true, component: 'factcheck.citation' } },
  'factcheck.citation': { source: { type: 'relation', relation: 'manyToOne' } },
  'media.lead-image': { file: { type: 'media', multiple: false } },
};
const attributesOf = (uid: string) => schemas[uid];
const ids = (count: number) => Array.from({ length: count }, (_, index) => `doc${index}`);
const over = (uid: string, data: Record<string, unknown>) => relationsOverCap(uid, data, attributesOf).map(({ path, form, count }) => ({ path, form, count }));

describe('Relation caps', () => {
  it('allows fifty bylines, two hundred of any other list and one of a to-one relation', () => {
    expect(relationSendCap('api::article.article', 'authors', schemas['api::article.article'].authors)).toBe(50);
    expect(relationSendCap('api::article.article', 'sources', schemas['api::article.article'].sources)).toBe(MAX_RELATIONS_SENT);
    expect(relationSendCap('api::article.article', 'category', schemas['api::article.article'].category)).toBe(1);
  });

  it.each([
    ['an array of documentIds', (items: unknown[]) => items, ''],
    ['connect', (items: unknown[]) => ({ connect: items }), 'connect'],
    ['connect with positions', (items: unknown[]) => ({ connect: items.map((documentId) => ({ documentId, position: { end: true } })) }), 'connect'],
    ['disconnect', (items: unknown[]) => ({ disconnect: items }), 'disconnect'],
    ['set', (items: unknown[]) => ({ set: items }), 'set'],
  ])('accepts bylines at the cap and refuses one more, sent as %s', (_form, shape, form) => {
    expect(over('api::article.article', { authors: shape(ids(50)) })).toEqual([]);
    expect(over('api::article.article', { authors: shape(ids(51)) })).toEqual([{ path: ['authors'], form, count: 51 }]);
  });

  it('counts each list of a connect, disconnect and set on its own', () => {
    expect(relationLists({ connect: ids(3), disconnect: [1], set: undefined })).toEqual([
      { form: 'connect', count: 3 },
      { form: 'disconnect', count: 1 },
      { form: 'set', count: 0 },
    ]);
    expect(relationLists('doc1')).toEqual([{ form: '', count: 1 }]);
    expect(relationLists(null)).toEqual([{ form: '', count: 0 }]);
  });

  it('finds relations inside components, a repeatable list by index', () => {
    const citations = [{ source: 'doc1' }, { source: { connect: ids(2) } }];
    expect(over('api::fact-check.fact-check', { citations })).toEqual([{ path: ['citations', 1, 'source'], form: 'connect', count: 2 }]);
    expect(over('api::article.article', { leadImage: { file: [1, 2] } })).toEqual([{ path: ['leadImage', 'file'], form: '', count: 2 }]);
  });

  it('ignores fields that are not relations and fields the type does not have', () => {
    expect(over('api::article.article', { title: ids(5000), unknown: ids(5000) })).toEqual([]);
  });

  it('names the list, how long it is and the cap in its message', () => {
    expect(relationCapMessage({ path: ['authors'], form: 'connect', count: 51, max: 50 })).toBe(
      'authors.connect names 51 related documents; a save may name at most 50.',
    );
  });
});

describe('Relation caps: which requests save a document', () => {
  it('reads the fields of Content API creates and updates from data and of Content Manager saves from the body', () => {
    expect(saveRequest('POST', '/api/articles', { data: { title: 'x' } })).toEqual({ api: 'content-api', pluralName: 'articles', data: { title: 'x' } });
    expect(saveRequest('PUT', '/api/articles/abc', { data: { title: 'x' } })?.data).toEqual({ title: 'x' });
    expect(saveRequest('POST', '/content-manager/collection-types/api::article.article', { title: 'x' })).toEqual({
      api: 'content-manager',
      uid: 'api::article.article',
      data: { title: 'x' },
    });
  });

  it('ignores reads and other routes', () => {
    expect(saveRequest('GET', '/api/articles', undefined)).toBeUndefined();
    expect(saveRequest('POST', '/admin/login', { email: 'x' })).toBeUndefined();
  });
});
