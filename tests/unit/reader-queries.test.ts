import { guardFilters, guardPopulate, readerQuery, ReaderQueryRefusal, visibleRows, type ReaderSchema } from '#domain/reader-queries';

// A newsroom in miniature: articles and sources have drafts, sections and kickers do not, a fact check cites sources
// through a component.
const SCHEMAS: Record<string, ReaderSchema> = {
  'api::article.article': {
    uid: 'api::article.article',
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category' },
      kicker: { type: 'relation', relation: 'manyToOne', target: 'api::kicker.kicker' },
      sources: { type: 'relation', relation: 'manyToMany', target: 'api::source.source' },
      leadImage: { type: 'component', component: 'media.lead-image' },
      createdBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user', private: true },
    },
  },
  'api::category.category': {
    uid: 'api::category.category',
    options: { draftAndPublish: false },
    attributes: { name: { type: 'string' }, articles: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' } },
  },
  'api::kicker.kicker': {
    uid: 'api::kicker.kicker',
    options: { draftAndPublish: false },
    attributes: {
      label: { type: 'string' },
      state: { type: 'enumeration' },
      articles: { type: 'relation', relation: 'oneToMany', target: 'api::article.article' },
    },
  },
  'api::source.source': {
    uid: 'api::source.source',
    options: { draftAndPublish: true },
    attributes: { title: { type: 'string' }, articles: { type: 'relation', relation: 'manyToMany', target: 'api::article.article' } },
  },
  'api::fact-check.fact-check': {
    uid: 'api::fact-check.fact-check',
    options: { draftAndPublish: true },
    attributes: { title: { type: 'string' }, citations: { type: 'component', component: 'factcheck.citation' } },
  },
  'factcheck.citation': {
    uid: 'factcheck.citation',
    attributes: { number: { type: 'integer' }, source: { type: 'relation', relation: 'manyToOne', target: 'api::source.source' } },
  },
  'media.lead-image': { uid: 'media.lead-image', attributes: { caption: { type: 'text' } } },
};
const schemaOf = (uid: string) => SCHEMAS[uid];
const [article, category, kicker, source, factCheck] = ['article', 'category', 'kicker', 'source', 'fact-check'].map((name) => SCHEMAS[`api::${name}.${name}`]);

const published = { $and: [{ id: { $notNull: true } }, { publishedAt: { $notNull: true } }] };
const approved = { $and: [{ id: { $notNull: true } }, { state: { $eq: 'approved' } }] };

function refusal(run: () => unknown): ReaderQueryRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof ReaderQueryRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('visibleRows', () => {
  it('is published rows for a draft & publish type, approved kickers, and every row of the rest', () => {
    expect(visibleRows(article)).toEqual(published);
    expect(visibleRows(kicker)).toEqual(approved);
    expect(visibleRows(category)).toBeNull();
  });
});

describe('guardFilters', () => {
  it('narrows a relation into a draft & publish type to published rows, at any depth', () => {
    expect(guardFilters({ articles: { body: { $containsi: 'x' } } }, category, schemaOf)).toEqual({
      articles: { $and: [{ body: { $containsi: 'x' } }, published] },
    });
    expect(guardFilters({ category: { articles: { sources: { title: 'x' } } } }, article, schemaOf)).toEqual({
      category: { articles: { $and: [{ sources: { $and: [{ title: 'x' }, published] } }, published] } },
    });
  });

  it('narrows kickers to approved ones, and relations inside components', () => {
    expect(guardFilters({ kicker: { label: 'x' } }, article, schemaOf)).toEqual({ kicker: { $and: [{ label: 'x' }, approved] } });
    expect(guardFilters({ citations: { source: { title: 'x' } } }, factCheck, schemaOf)).toEqual({
      citations: { source: { $and: [{ title: 'x' }, published] } },
    });
  });

  it('narrows inside $and, $or and $not, and leaves fields of the root alone', () => {
    const guarded = guardFilters({ $or: [{ title: 'a' }, { $not: { kicker: { label: 'b' } } }], $and: [{ sources: { title: 'c' } }] }, article, schemaOf);
    expect(guarded).toEqual({
      $or: [{ title: 'a' }, { $not: { kicker: { $and: [{ label: 'b' }, approved] } } }],
      $and: [{ sources: { $and: [{ title: 'c' }, published] } }],
    });
  });

  it("compares a relation's id when it is given as a value or an operator", () => {
    expect(guardFilters({ articles: '5' }, category, schemaOf)).toEqual({ articles: { $and: [{ id: '5' }, published] } });
    expect(guardFilters({ articles: { $in: ['5'] } }, category, schemaOf)).toEqual({ articles: { $and: [{ id: { $in: ['5'] } }, published] } });
  });

  it('reads $notNull as "a visible row is linked" and $null as "none is", where that can be asked', () => {
    const present = { $and: [{ id: { $notNull: true } }, published] };
    expect(guardFilters({ articles: { $notNull: 'true' } }, category, schemaOf)).toEqual({ articles: present });
    expect(guardFilters({ title: 'x', kicker: { $null: 'true' } }, article, schemaOf)).toEqual({
      $and: [{ title: 'x' }, { $not: { kicker: { $and: [{ id: { $notNull: true } }, approved] } } }],
    });
  });

  it.each([
    ['$null on a section', { articles: { $null: true } }],
    ['$notNull=false on a section', { articles: { $notNull: 'false' } }],
    ['$not around a section', { $not: { articles: { title: 'x' } } }],
    ['$not two hops down', { $not: { name: 'x', $or: [{ articles: { title: 'y' } }] } }],
  ])('refuses %s: drafts linked beside published rows would answer it', (_label, filters) => {
    const refused = refusal(() => guardFilters(filters, category, schemaOf));
    expect(refused).toMatchObject({ kind: 'shape', param: 'filters', path: 'articles' });
  });

  it('allows a negation from a draft & publish type, whose published rows link published rows only', () => {
    expect(guardFilters({ $not: { sources: { title: 'x' } } }, article, schemaOf)).toEqual({ $not: { sources: { $and: [{ title: 'x' }, published] } } });
    expect(guardFilters({ $not: { $not: { articles: { title: 'x' } } } }, category, schemaOf)).toEqual({
      $not: { $not: { articles: { $and: [{ title: 'x' }, published] } } },
    });
  });

  it('refuses a relation filter mixing an operator with fields', () => {
    expect(refusal(() => guardFilters({ articles: { $eq: 1, title: 'x' } }, category, schemaOf)).kind).toBe('shape');
  });
});

describe('guardPopulate', () => {
  it('narrows populated kickers and articles in every shape Strapi accepts', () => {
    expect(guardPopulate('kicker,category.articles', article, schemaOf)).toEqual({
      kicker: { filters: approved },
      category: { populate: { articles: { filters: published } } },
    });
    expect(guardPopulate(['kicker'], article, schemaOf)).toEqual({ kicker: { filters: approved } });
    expect(guardPopulate({ kicker: 'true', category: true, leadImage: true }, article, schemaOf)).toEqual({
      kicker: { filters: approved },
      category: true,
      leadImage: true,
    });
    expect(guardPopulate({ kicker: 'false' }, article, schemaOf)).toEqual({ kicker: 'false' });
  });

  it('expands a wildcard without private or admin relations', () => {
    expect(guardPopulate('*', article, schemaOf)).toEqual({
      category: true,
      kicker: { filters: approved },
      sources: { filters: published },
      leadImage: true,
    });
  });

  it("narrows a populate's own filters and refuses its sort through drafts", () => {
    expect(guardPopulate({ category: { filters: { articles: { title: 'x' } } } }, article, schemaOf)).toEqual({
      category: { filters: { articles: { $and: [{ title: 'x' }, published] } } },
    });
    expect(guardPopulate({ sources: { filters: { title: 'x' }, fields: ['title'] } }, article, schemaOf)).toEqual({
      sources: { filters: { $and: [{ title: 'x' }, published] }, fields: ['title'] },
    });
    expect(refusal(() => guardPopulate({ category: { sort: 'articles.title:asc' } }, article, schemaOf))).toMatchObject({
      param: 'populate.category.sort',
      path: 'articles',
    });
  });
});

describe('readerQuery', () => {
  it('reads published documents only, whatever status was asked', () => {
    expect(readerQuery({ status: 'draft' }, article, schemaOf)).toEqual({ status: 'published' });
    expect(readerQuery({}, category, schemaOf)).toEqual({ status: 'published' });
  });

  it.each(['category.name', 'leadImage.caption', ['title:asc', 'category.name:desc'], { category: { name: 'asc' } }])('lets a reader sort by %j', (sort) => {
    expect(readerQuery({ sort }, article, schemaOf).sort).toEqual(sort);
  });

  it.each(['kicker.label', 'title,sources.title:desc', ['category.articles.title'], { category: { articles: { title: 'asc' } } }])(
    'refuses a reader a sort by %j',
    (sort) => {
      expect(refusal(() => readerQuery({ sort }, article, schemaOf))).toMatchObject({ kind: 'shape', param: 'sort' });
    },
  );

  it.each(['publicationFilter', 'hasPublishedVersion'])('refuses %s as being about drafts', (param) => {
    expect(refusal(() => readerQuery({ [param]: 'modified' }, article, schemaOf))).toMatchObject({ kind: 'drafts', param });
  });

  it('leaves fields, pagination and search as they were', () => {
    const query = { fields: ['title'], pagination: { page: 2 }, _q: 'x' };
    expect(readerQuery(query, source, schemaOf)).toEqual({ ...query, status: 'published' });
  });
});
