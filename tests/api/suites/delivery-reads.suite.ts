import { deskForSuite, readAsText } from '../../helpers/delivery';
import { editor, http } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const READER_ORIGIN = 'https://reader.example.org';

/** Changes the published row behind Strapi's back: a read that still shows the old deck came from the cache. */
const changeUnderneath = (documentId: string, deck: string) =>
  strapiInstance().db.connection('articles').where({ document_id: documentId }).whereNotNull('published_at').update({ deck });

const read = async (path: string): Promise<string> => (await readAsText(path).expect(200)).body as string;

interface CacheService {
  writing(tags: string[]): void;
}

/**
 * The tags the delivery cache was told to drop by the requests `work` makes to `path`: attributed by the request each
 * write ran in, so writes other suites' background work makes meanwhile (the scheduler) are not counted.
 */
async function droppedBy(path: string, work: () => Promise<unknown>): Promise<string[]> {
  const strapi = strapiInstance();
  const cache = strapi.plugin('delivery').service('cache') as CacheService;
  const writing = cache.writing;
  const dropped: string[] = [];
  cache.writing = (tags) => {
    const url = (strapi.requestContext.get() as { request?: { url?: string } } | undefined)?.request?.url ?? '';
    if (url.startsWith(path)) dropped.push(...tags);
    writing(tags);
  };
  try {
    await work();
  } finally {
    cache.writing = writing;
  }
  return dropped;
}

describe('Delivery: reads while editors write', () => {
  const desk = deskForSuite();
  const { filed } = desk;
  const listOf = (slug: string) => `/api/articles?filters[slug][$eq]=${slug}&populate[kicker]=true&populate[category]=true`;

  it("drops nothing readers are shown when an editor saves only the article's draft, and what it shows when it is published", async () => {
    const article = await filed();
    const pages = [`/api/articles/by-slug/${article.slug}`, `/api/articles/by-slug/${article.slug}/jsonld`];
    for (const page of pages) expect(await read(page)).toContain('A standfirst.');
    await changeUnderneath(article.documentId, 'Changed underneath.');
    const saves = await droppedBy('/api/articles', async () => {
      await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { deck: 'A draft standfirst.' } }).expect(200);
      // A body rewritten too: the sourcing plugin re-derives the draft's highlights and sources on the way.
      const body = `NATO said <a href="https://www.nato.int/kfor" class="plain"><mark class="yellow">the mission goes on</mark></a>.\n\nUpdated with <a href="https://example.org/new-report"><mark class="green">a new report</mark></a>.`;
      await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { body } }).expect(200);
      await editor.post('/api/articles?status=draft', { data: { title: `A new draft after ${article.slug}`, deck: 'Not yet.' } }).expect(201);
    });
    expect(saves).toEqual([]);
    for (const page of pages) expect({ page, text: await read(page) }).toEqual({ page, text: expect.stringContaining('A standfirst.') });
    const publish = await droppedBy('/api/articles', () =>
      editor.put(`/api/articles/${article.documentId}`, { data: { deck: 'Published again.' } }).expect(200),
    );
    expect(publish).toEqual(expect.arrayContaining([`doc:api::article.article:${article.documentId}`, 'list:api::article.article']));
    for (const page of pages) expect({ page, text: await read(page) }).toEqual({ page, text: expect.stringContaining('Published again.') });
  });

  it('keeps a core find list until a published write it could show, and never one asked for with made-up parameters', async () => {
    const article = await filed();
    const deckIn = async (path: string) => (await http().get(path).expect(200)).body.data[0].deck;
    expect(await deckIn(listOf(article.slug))).toBe('A standfirst.');
    await changeUnderneath(article.documentId, 'Changed underneath.');
    expect(await deckIn(listOf(article.slug))).toBe('A standfirst.');
    const busted = `${listOf(article.slug)}&buster=1`;
    await deckIn(busted);
    await changeUnderneath(article.documentId, 'Changed again.');
    expect(await deckIn(busted)).toBe('Changed again.');
    // A kicker is shown through populate: renaming one is a write the list could show.
    await strapiInstance()
      .db.query('api::kicker.kicker')
      .update({ where: { label: desk.kickerLabel }, data: { label: `${desk.kickerLabel} renamed` } });
    expect(await deckIn(listOf(article.slug))).toBe('Changed again.');
  });

  it("drops the core find lists when the public role's permissions change", async () => {
    const article = await filed();
    const listPath = () => listOf(article.slug);
    const permissions = strapiInstance().db.query('plugin::users-permissions.permission');
    const grant = await permissions.findOne({ where: { action: 'api::article.article.find', role: { type: 'public' } }, populate: ['role'] });
    expect(grant).toBeTruthy();
    await http().get(listPath()).expect(200);
    await permissions.delete({ where: { id: grant.id } });
    try {
      await http().get(listPath()).expect(403);
    } finally {
      await permissions.create({ data: { action: grant.action, role: grant.role.id } });
    }
    await http().get(listPath()).expect(200);
  });

  it("answers a cached browser read with the CORS headers Strapi's own CORS gives an uncached one", async () => {
    const article = await filed();
    const path = `/api/articles/by-slug/${article.slug}`;
    const first = await http().get(path).set('Origin', READER_ORIGIN).expect(200);
    const cached = await http().get(path).set('Origin', READER_ORIGIN).expect(200);
    const cors = (headers: Record<string, string>) =>
      Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('access-control-') || name === 'vary'));
    expect(cors(first.headers)).toEqual(expect.objectContaining({ 'access-control-allow-origin': READER_ORIGIN }));
    expect(cors(cached.headers)).toEqual(cors(first.headers));
    expect(cached.text).toBe(first.text);
  });
});
