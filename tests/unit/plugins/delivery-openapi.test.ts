import fs from 'fs';
import path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  openSchema,
  populatedSchema,
  schemaName,
  type AttributeSpec,
  type Catalogue,
  type ModelSpec,
} from '../../../src/plugins/delivery/server/src/openapi/content-types';
import { openApiDocument } from '../../../src/plugins/delivery/server/src/openapi/document';
import { validateOpenApi } from '../../helpers/openapi';

const APP = path.resolve(__dirname, '..', '..', '..');
const ARTICLE = 'api::article.article';

const model = (uid: string, attributes: Record<string, AttributeSpec>, kind: ModelSpec['kind'] = 'document'): ModelSpec => ({ uid, kind, attributes });
const catalogueOf = (...models: ModelSpec[]): Catalogue => ({ models: Object.fromEntries(models.map((spec) => [spec.uid, spec])), privateAttributes: [] });
const validates = (schema: object, value: unknown): boolean => addFormats(new Ajv2020()).validate(schema, value) as boolean;

/** The repository's own content types and components, read from their schema.json files as Strapi loads them. */
function repositoryCatalogue(): Catalogue {
  const asSpec = (uid: string, kind: ModelSpec['kind'], file: string): ModelSpec => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, AttributeSpec> };
    // Custom fields answer as text (the body editor, the kicker label); Strapi resolves them the same way at boot.
    const attributes = Object.fromEntries(
      Object.entries(schema.attributes).map(([name, attribute]) => [name, attribute.type === 'customField' ? { ...attribute, type: 'text' } : attribute]),
    );
    return { uid, kind, attributes };
  };
  const types = fs.readdirSync(path.join(APP, 'src', 'api')).flatMap((name) => {
    const file = path.join(APP, 'src', 'api', name, 'content-types', name, 'schema.json');
    return fs.existsSync(file) ? [asSpec(`api::${name}.${name}`, 'document', file)] : [];
  });
  const components = fs
    .readdirSync(path.join(APP, 'src', 'components'))
    .flatMap((category) =>
      fs
        .readdirSync(path.join(APP, 'src', 'components', category))
        .map((file) => asSpec(`${category}.${file.replace(/\.json$/, '')}`, 'component', path.join(APP, 'src', 'components', category, file))),
    );
  const upload = model('plugin::upload.file', { name: { type: 'string', required: true }, url: { type: 'string', required: true } });
  return catalogueOf(...types, ...components, upload);
}

const PUBLIC = ['article', 'fact-check', 'source', 'highlight', 'category', 'kicker', 'author'].map((name) => ({
  uid: `api::${name}.${name}`,
  pluralName: name === 'category' ? 'categories' : `${name}s`,
}));

describe('OpenAPI contract: schemas generated from content types', () => {
  it.each([
    ['api::fact-check.fact-check', 'FactCheck'],
    ['plugin::upload.file', 'UploadFile'],
    ['editorial.correction', 'EditorialCorrection'],
  ])('names %s %s', (uid, name) => expect(schemaName(uid)).toBe(name));

  it.each<[string, AttributeSpec, unknown, unknown]>([
    ['a string, null when empty', { type: 'string' }, 'text', 42],
    ['a required string, never null', { type: 'string', required: true }, 'text', null],
    ['an enumeration, only its values', { type: 'enumeration', enum: ['post', 'opinion'] }, 'opinion', 'essay'],
    ['a bounded string', { type: 'string', maxLength: 3 }, 'abc', 'abcd'],
    ['an integer within its bounds', { type: 'integer', min: 1, max: 9 }, 3, 10],
    ['a big integer, as Strapi sends it: a string of digits', { type: 'biginteger' }, '9007199254740993', 9],
    ['a date-time string', { type: 'datetime' }, '2026-02-19T08:00:00.000Z', '19 February 2026'],
    ['a boolean', { type: 'boolean' }, false, 'false'],
  ])('documents %s', (_case, attribute, good, bad) => {
    const schema = populatedSchema(model('api::x.x', { field: attribute }), catalogueOf(model('api::x.x', { field: attribute })));
    expect(validates(schema, { id: 1, documentId: 'abc', field: good })).toBe(true);
    expect(validates(schema, { id: 1, documentId: 'abc', field: bad })).toBe(false);
  });

  it('leaves out private fields, passwords and the configured private attributes', () => {
    const spec = model('api::x.x', {
      shown: { type: 'string' },
      secret: { type: 'string', private: true },
      hash: { type: 'password' },
      internal: { type: 'string' },
    });
    const schema = openSchema(spec, { ...catalogueOf(spec), privateAttributes: ['internal'] }) as { properties: object };
    expect(Object.keys(schema.properties)).toEqual(['id', 'documentId', 'shown']);
  });

  it('requires every field of a populated answer and exactly the relations it populates', () => {
    const kicker = model('api::kicker.kicker', { label: { type: 'string', required: true } });
    const article = model(ARTICLE, { title: { type: 'string' }, kicker: { type: 'relation', relation: 'manyToOne', target: kicker.uid } });
    const catalogue = catalogueOf(article, kicker);
    const schema = populatedSchema(article, catalogue, { kicker: true });
    const kickerRow = { id: 2, documentId: 'k', label: 'NATO 3.0' };
    expect(validates(schema, { id: 1, documentId: 'a', title: null, kicker: kickerRow })).toBe(true);
    expect(validates(schema, { id: 1, documentId: 'a', title: null, kicker: null })).toBe(true);
    expect(validates(schema, { id: 1, documentId: 'a', kicker: kickerRow })).toBe(false);
    expect(validates(populatedSchema(article, catalogue), { id: 1, documentId: 'a', title: null, kicker: kickerRow })).toBe(false);
    expect(() => populatedSchema(article, catalogue, { nothing: true })).toThrow('api::article.article has no related field "nothing"');
  });

  it("lets a core find's answer leave out fields and relations, never name an unknown one", () => {
    const article = model(ARTICLE, { title: { type: 'string', required: true }, slug: { type: 'uid' } });
    const schema = openSchema(article, catalogueOf(article));
    expect(validates(schema, { id: 1, documentId: 'a', title: 'Only this' })).toBe(true);
    expect(validates(schema, { id: 1, documentId: 'a', title: 'And', stage: 'draft' })).toBe(false);
    expect(validates(schema, { documentId: 'a' })).toBe(false);
  });
});

describe('OpenAPI contract: the document', () => {
  const input = { publicTypes: PUBLIC, apiPrefix: '/api', maxLimit: 100, title: 'The Adriatic Content API', version: '0.1.0' };

  it("made from the repository's content types is valid OpenAPI 3.1 by the OpenAPI schema validator", () => {
    expect(validateOpenApi(openApiDocument({ ...input, catalogue: repositoryCatalogue() }))).toEqual({ valid: true });
  });

  it('carries a field added to a content type into the core answer and the by-slug answer without further code', () => {
    const catalogue = repositoryCatalogue();
    catalogue.models[ARTICLE].attributes.readingMinutes = { type: 'integer' };
    const schemas = (openApiDocument({ ...input, catalogue }).components as { schemas: Record<string, { properties: object; required?: string[] }> }).schemas;
    expect(schemas.Article.properties).toHaveProperty('readingMinutes');
    expect(schemas.ArticleBySlug.required).toContain('readingMinutes');
    expect(schemas.ArticleListed.required).toContain('readingMinutes');
  });

  it('documents find and findOne for each public type only', () => {
    const paths = Object.keys(openApiDocument({ ...input, publicTypes: PUBLIC.slice(0, 1), catalogue: repositoryCatalogue() }).paths as object);
    expect(paths).toEqual(expect.arrayContaining(['/articles', '/articles/{documentId}']));
    expect(paths).not.toContain('/sources/{documentId}');
  });
});
