import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { createScratchDatabase, type ScratchDatabase } from '../../bench/lib/scratch-database';
import { startStrapi, stopStrapi } from '../helpers/strapi';

const ARTICLE = 'api::article.article';
const PLUGINS = ['editorial', 'image-policy', 'sourcing', 'delivery', 'house-style'] as const;
type Plugin = (typeof PLUGINS)[number];

let strapi: Core.Strapi;
let token: string;
let scratch: ScratchDatabase | undefined;
const savedEnv = { PLUGINS_DISABLED: process.env.PLUGINS_DISABLED, DATABASE_URL: process.env.DATABASE_URL };
let counter = 0;
const title = (label: string) => `${label} ${process.pid}-${++counter}`;

const post = (path: string, data: Record<string, unknown>) =>
  request(strapi.server.httpServer).post(path).set('Authorization', `Bearer ${token}`).send({ data });
const paths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

/** Publishing through the document service, as the importer and in-process code do: the refusal's field paths. */
async function refusedPaths(data: Record<string, unknown>): Promise<string[]> {
  const draft = await strapi.documents(ARTICLE).create({ data: { title: title('In-process'), ...data } } as never);
  const refusal = await strapi
    .documents(ARTICLE)
    .publish({ documentId: draft.documentId } as never)
    .then(
      () => null,
      (error: unknown) => error,
    );
  return paths({ error: refusal as { details?: { errors?: Array<{ path: string[] }> } } });
}

/** One rule of each plugin, with what breaks it and the field its refusal names. */
const RULES: Record<Exclude<Plugin, 'delivery' | 'house-style'>, { data: Record<string, unknown>; path: string }> = {
  editorial: { data: {}, path: 'stage' },
  'image-policy': {
    data: { leadImage: { url: 'https://images.example.org/harbour.jpg', origin: 'ai-generated', caption: 'A harbour at dawn.', credit: 'Jane Doe' } },
    path: 'leadImage.caption',
  },
  sourcing: { data: { body: 'Write to [<mark>the minister</mark>](mailto:minister@example.org).' }, path: 'body' },
};

describe.each(PLUGINS)('With the %s plugin switched off', (disabled) => {
  beforeAll(async () => {
    process.env.PLUGINS_DISABLED = disabled;
    if (process.env.DATABASE_CLIENT === 'postgres') {
      // A database of its own: a boot without a plugin drops that plugin's tables, which the other suites use.
      scratch = await createScratchDatabase(`plugins-${disabled}`);
      process.env.DATABASE_URL = scratch.env.DATABASE_URL;
    }
    strapi = await startStrapi();
    token = (await strapi.service('admin::api-token').create({ name: `without ${disabled}`, type: 'full-access', lifespan: null })).accessKey;
  });

  afterAll(async () => {
    await stopStrapi();
    await scratch?.drop();
    scratch = undefined;
    process.env.PLUGINS_DISABLED = savedEnv.PLUGINS_DISABLED;
    process.env.DATABASE_URL = savedEnv.DATABASE_URL;
  });

  it('has really left the plugin out', () => {
    expect(strapi.plugin(disabled)).toBeUndefined();
  });

  it('still refuses HTML in a title', async () => {
    expect(paths((await post('/api/articles?status=draft', { title: '<b>Loud</b>' }).expect(400)).body)).toEqual(['title']);
  });

  const others = (Object.keys(RULES) as Array<keyof typeof RULES>).filter((plugin) => plugin !== disabled);
  it.each(others)('keeps the %s rule on a REST save that publishes', async (plugin) => {
    const refused = await post('/api/articles', { title: title('REST'), ...RULES[plugin].data }).expect(400);
    expect(paths(refused.body)).toContain(RULES[plugin].path);
  });

  it.each(others)('keeps the %s rule on a publish through the document service', async (plugin) => {
    expect(await refusedPaths(RULES[plugin].data)).toContain(RULES[plugin].path);
  });

  it('still cleans script out of a body', async () => {
    const body = 'A claim.<script>alert(1)</script> <mark>quoted</mark>';
    const draft = await post('/api/articles?status=draft', { title: title('Script'), body }).expect(201);
    expect(draft.body.data.body).not.toContain('<script');
  });

  it('keeps the corrections log server-stamped and its published entries on the record', async () => {
    const draft = await strapi.documents(ARTICLE).create({ data: { title: title('Corrected'), corrections: [{ kind: 'update', text: 'Noted.' }] } } as never);
    if (disabled !== 'editorial') await strapi.plugin('editorial').service('stages').approveImported(draft.documentId);
    await strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
    const removed = await request(strapi.server.httpServer)
      .put(`/api/articles/${draft.documentId}?status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { corrections: [] } });
    expect([removed.status, paths(removed.body)]).toEqual([400, ['corrections']]);
  });

  if (disabled !== 'sourcing') {
    it('keeps deriving highlights from the body', async () => {
      const draft = await post('/api/articles?status=draft', { title: title('Marks'), body: 'A <mark>quoted claim</mark>.' }).expect(201);
      const rows = await strapi.plugin('sourcing').service('articleSourcing').highlights(draft.body.data.documentId);
      expect(rows.map((row: { exact: string }) => row.exact)).toEqual(['quoted claim']);
    });
  }

  if (disabled !== 'image-policy') {
    it('keeps deriving the image disclosure from the lead image', async () => {
      const lead = RULES['image-policy'].data.leadImage;
      const draft = await post('/api/articles?status=draft', { title: title('Image'), leadImage: lead }).expect(201);
      expect(draft.body.data.imageDisclosure).toMatchObject({ origin: 'ai-generated' });
    });
  }

  if (disabled !== 'delivery') {
    it('keeps stamping the first publication date', async () => {
      const draft = await strapi.documents(ARTICLE).create({ data: { title: title('Dated') } } as never);
      if (disabled !== 'editorial') await strapi.plugin('editorial').service('stages').approveImported(draft.documentId);
      await strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
      const published = await strapi.documents(ARTICLE).findOne({ documentId: draft.documentId, status: 'published' });
      expect(published?.datePublished).toBeTruthy();
    });
  }
});
