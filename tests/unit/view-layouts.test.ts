import fs from 'fs';
import path from 'path';
import { applyLayout, layoutProblems, layoutsToApply, type LayoutAttribute, type ViewConfiguration, type ViewLayout } from '#domain/view-layout';
import { VIEW_LAYOUTS } from '../../src/views';
import { ARTICLE_VIEW } from '../../src/views/article';

const ROOT = path.join(__dirname, '..', '..', 'src');

/** The schema.json of a content type (`api::article.article`) or a component (`media.lead-image`). */
function attributesOf(layout: ViewLayout): Record<string, LayoutAttribute> {
  const file =
    layout.kind === 'component'
      ? path.join(ROOT, 'components', ...layout.uid.split('.')) + '.json'
      : path.join(ROOT, 'api', layout.uid.split('.')[1], 'content-types', layout.uid.split('.')[1], 'schema.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, LayoutAttribute> }).attributes;
}

const STORED: ViewConfiguration = {
  settings: { pageSize: 10, mainField: 'id' },
  metadatas: { title: { edit: { label: 'title', description: 'The headline.' }, list: { label: 'title', sortable: true } } },
  layouts: { edit: [[{ name: 'title', size: 6 }]], list: ['id'] },
};

describe('The newsroom views of the Content Manager', () => {
  it.each(VIEW_LAYOUTS.map((layout) => [layout.uid, layout] as const))(
    'place or deliberately hide every field of %s, and name only fields its schema has',
    (_uid, layout) => {
      expect(layoutProblems(layout, attributesOf(layout))).toEqual([]);
    },
  );

  it('cover the seven types and every component they use', () => {
    const components = fs
      .readdirSync(path.join(ROOT, 'components'))
      .flatMap((folder) => fs.readdirSync(path.join(ROOT, 'components', folder)).map((file) => `${folder}.${file.replace(/\.json$/, '')}`));
    const types = ['article', 'fact-check', 'author', 'category', 'kicker', 'source', 'highlight'].map((name) => `api::${name}.${name}`);
    expect(VIEW_LAYOUTS.map((layout) => layout.uid).sort()).toEqual([...types, ...components].sort());
  });

  it('keep the derived article data out of the form', () => {
    const placed = ARTICLE_VIEW.edit.flat().map(([field]) => field);
    for (const derived of ['imageDisclosure', 'presentation', 'sources', 'highlights', 'kicker']) expect(placed).not.toContain(derived);
    expect(placed.slice(0, 8)).toEqual(['title', 'kickerLabel', 'deck', 'body', 'leadImage', 'authors', 'category', 'datePublished']);
  });

  it('find a field the schema lacks, an unplaced one, one placed twice, and a row too wide', () => {
    const layout: ViewLayout = {
      uid: 'api::x.x',
      kind: 'content-type',
      version: 1,
      fields: { title: { label: 'Headline' }, ghost: { label: 'Ghost' } },
      edit: [
        [
          ['title', 8],
          ['title', 8],
        ],
        [['body', 6]],
      ],
      hidden: {},
    };
    expect(layoutProblems(layout, { title: { type: 'string' }, body: { type: 'richtext' }, deck: { type: 'text' } })).toEqual([
      'api::x.x: ghost is not a field of the schema.',
      'api::x.x: title is placed more than once.',
      'api::x.x: deck is neither placed in the form nor hidden.',
      'api::x.x: body has no label.',
      'api::x.x: row 1 is 16 wide, more than 12.',
      'api::x.x: body (richtext) takes the whole row.',
    ]);
  });

  it('apply labels, order and columns over the stored view, keeping the help and settings the layout does not name', () => {
    const layout: ViewLayout = {
      uid: 'api::x.x',
      kind: 'content-type',
      version: 1,
      settings: { mainField: 'title' },
      fields: { title: { label: 'Headline', readOnly: true } },
      edit: [[['title', 12]]],
      hidden: {},
      list: ['title'],
    };
    const applied = applyLayout(layout, STORED);
    expect(applied.settings).toEqual({ pageSize: 10, mainField: 'title' });
    expect(applied.metadatas.title).toEqual({
      edit: { label: 'Headline', description: 'The headline.', editable: false },
      list: { label: 'Headline', sortable: true },
    });
    expect(applied.layouts).toEqual({ edit: [[{ name: 'title', size: 12 }]], list: ['title'] });
  });

  it('are applied once per version, so an admin who reconfigures a view keeps it until the layout changes', () => {
    expect(layoutsToApply([ARTICLE_VIEW], {}).map((layout) => layout.uid)).toEqual([ARTICLE_VIEW.uid]);
    expect(layoutsToApply([ARTICLE_VIEW], { [ARTICLE_VIEW.uid]: ARTICLE_VIEW.version })).toEqual([]);
    expect(layoutsToApply([ARTICLE_VIEW], { [ARTICLE_VIEW.uid]: ARTICLE_VIEW.version - 1 })).toEqual([ARTICLE_VIEW]);
  });
});
