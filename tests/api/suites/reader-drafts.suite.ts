import type { Response } from 'supertest';
import { publishArticle } from '../../helpers/editorial';
import { apiToken, editor, http } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';
import { readSchemas, relationPaths, type RelationPath } from '../../helpers/relation-paths';

const KICKER_UID = 'api::kicker.kicker';

// Readers see published work only, whichever relation a query crosses. Every relation path of the seven newsroom types
// (read from their schema files, up to two hops, through components) is probed as an anonymous reader with filters,
// sorts, populates, pagination and findOne, once while the drafts hold a neutral word and once while they hold a secret
// one; each answer must be the same byte for byte. The issue's own examples are in
// reader-drafts-examples.suite.ts.

const { types: TYPES, components: COMPONENTS } = readSchemas();
const PATHS = relationPaths(TYPES, COMPONENTS);

// The text fields where the fixture's drafts (or, for category, author and kicker, the rows only drafts link) hold the
// secret word. A type added without an entry here fails the suite, so its relations cannot go unprobed.
const SECRET_FIELDS: Record<string, string[]> = {
  'api::article.article': ['title', 'slug', 'body'],
  'api::fact-check.fact-check': ['title', 'summary'],
  'api::source.source': ['title'],
  'api::highlight.highlight': ['exact'],
  'api::kicker.kicker': ['label'],
  'api::category.category': ['name'],
  'api::author.author': ['name'],
};

// Letters only, so a $startsWith walk over letters is the attack it stands for; new each run, so an earlier run's rows
// (a reused PostgreSQL database) are no help.
const letters = (value: string) => value.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);
const RUN = letters(`${process.pid}${Date.now()}`);
const SECRET = `Aardwolf${RUN}`;
const NEUTRAL = `Zzneutral${RUN}`;

type Answer = { status: number; body: unknown };
const answer = (response: Response): Answer => ({ status: response.status, body: response.body });

/** A Content API list or item address with qs-style parameters. */
const address = (base: string, params: Array<[string, string]>) =>
  params.length === 0 ? base : `${base}?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
const bracket = (keys: string[]) => keys.map((key) => `[${key}]`).join('');

interface Doc {
  documentId: string;
  slug?: string;
}

/** The newsroom the probes read: every relation of every type set, on published rows. */
interface World {
  tag: string;
  desk: Doc; // category
  otherDesk: Doc; // category named with the secret, linked only by drafts
  writer: Doc;
  otherWriter: Doc;
  series: Doc; // approved kicker
  proposal: Doc; // proposed kicker, linked only by a draft
  story: Doc; // article with a highlight and a source, whose draft text changes
  second: Doc; // article whose draft moves to the other desk, the other writer and the proposed kicker
  third: Doc; // article whose draft moves to the other desk and writer, under the same approved kicker
  highlight: Doc;
  source: Doc;
  factCheck: Doc;
  roots: Record<string, string[]>;
}

const expectOk = (response: Response, what: string): Response => {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response;
};

async function buildWorld(): Promise<World> {
  const tag = RUN;
  const strapi = strapiInstance();
  const create = async (endpoint: string, data: Record<string, unknown>) =>
    expectOk(await editor.post(`/api/${endpoint}`, { data }), endpoint).body.data as Doc;
  const desk = await create('categories', { name: `Oracle desk ${tag}` });
  const otherDesk = await create('categories', { name: `${SECRET} desk ${tag}` });
  const writer = await create('authors', { name: `Oracle writer ${tag}` });
  const otherWriter = await create('authors', { name: `${SECRET} writer ${tag}` });
  const common = { category: desk.documentId, authors: [writer.documentId], kickerLabel: `Oracle series ${tag}` };
  const story = (await publishArticle({ title: `Oracle story ${tag}`, body: storyBody('Oracle'), ...common })).body.data as Doc;
  const second = (await publishArticle({ title: `Oracle second ${tag}`, body: 'Second body.', ...common })).body.data as Doc;
  const third = (await publishArticle({ title: `Oracle third ${tag}`, body: 'Third body.', ...common })).body.data as Doc;
  const series = (await editor.get(`/api/kickers?filters[label][$eq]=${encodeURIComponent(`Oracle series ${tag}`)}`).expect(200)).body.data[0] as Doc;
  const proposal = (await strapi.documents(KICKER_UID).create({ data: { label: `Neutral proposal ${tag}`, state: 'proposed' } } as never)) as unknown as Doc;
  const highlight = (await editor.get(`/api/highlights?filters[article][documentId][$eq]=${story.documentId}`).expect(200)).body.data[0] as Doc;
  const source = (await editor.get(`/api/sources?filters[url][$eq]=${encodeURIComponent(quoteUrl(tag))}`).expect(200)).body.data[0] as Doc;
  expectOk(await editor.put(`/api/sources/${source.documentId}?status=published`, { data: { title: `Oracle source ${tag}` } }), 'source title');
  const factCheck = await create('fact-checks?status=draft', {
    title: `Oracle question ${tag}?`,
    summary: 'Oracle summary [1].',
    citations: [{ number: 1, source: source.documentId }],
  });
  const publishedCheck = expectOk(await editor.put(`/api/fact-checks/${factCheck.documentId}?status=published`, { data: {} }), 'fact check').body.data as Doc;
  const roots = {
    'api::article.article': [story.documentId, second.documentId, third.documentId],
    'api::category.category': [desk.documentId, otherDesk.documentId],
    'api::author.author': [writer.documentId, otherWriter.documentId],
    'api::kicker.kicker': [series.documentId, proposal.documentId],
    'api::source.source': [source.documentId],
    'api::highlight.highlight': [highlight.documentId],
    'api::fact-check.fact-check': [publishedCheck.documentId],
  };
  return { tag, desk, otherDesk, writer, otherWriter, series, proposal, story, second, third, highlight, source, factCheck: publishedCheck, roots };
}

const quoteUrl = (tag: string) => `https://oracle-${tag}.example.org/report`;
function storyBody(word: string, tag = RUN): string {
  return `${word} embargoed body ${tag}. Quote: [<mark class="yellow">sourced words ${tag}</mark>](${quoteUrl(tag)}).`;
}

/**
 * Every draft as the word leaves it: the story's, its highlight's, its source's and the fact check's texts begin with
 * the word; with the secret, the second and third articles' drafts also move to the other desk and writer (named after
 * the secret, but linked by nothing published), and the second's to the proposed kicker, renamed after the secret.
 * Nothing published changes.
 */
async function draftsHold(world: World, word: string): Promise<void> {
  const strapi = strapiInstance();
  const secret = word === SECRET;
  const { tag } = world;
  const put = async (endpoint: string, documentId: string, data: Record<string, unknown>) =>
    expectOk(await editor.put(`/api/${endpoint}/${documentId}?status=draft`, { data }), `${endpoint} draft`);
  await put('articles', world.story.documentId, { title: `${word} headline ${tag}`, body: storyBody(word) });
  // After the story: its save re-anchors the highlight from the body.
  await put('highlights', world.highlight.documentId, { exact: `${word} quoted ${tag}` });
  await put('sources', world.source.documentId, { title: `${word} source ${tag}` });
  await put('fact-checks', world.factCheck.documentId, { title: `${word} question ${tag}?`, summary: `${word} summary [1].` });
  const rename = (label: string) => strapi.documents(KICKER_UID).update({ documentId: world.proposal.documentId, data: { label } } as never);
  const filed = { category: (secret ? world.otherDesk : world.desk).documentId, authors: [(secret ? world.otherWriter : world.writer).documentId] };
  await put('articles', world.third.documentId, filed);
  if (secret) {
    await rename(`${SECRET} proposal ${tag}`);
    await put('articles', world.second.documentId, { ...filed, kicker: world.proposal.documentId });
  } else {
    await put('articles', world.second.documentId, { ...filed, kicker: world.series.documentId });
    await rename(`Neutral proposal ${tag}`);
  }
}

/** The stored value of each secret field while the drafts hold the secret, for the `$eq` probes. */
async function secretValues(world: World): Promise<Record<string, Record<string, string>>> {
  const draft = async (endpoint: string, documentId: string) => (await editor.get(`/api/${endpoint}/${documentId}?status=draft`).expect(200)).body.data;
  const story = await draft('articles', world.story.documentId);
  const values = {
    'api::article.article': { title: story.title, slug: story.slug, body: story.body },
    'api::fact-check.fact-check': await draft('fact-checks', world.factCheck.documentId),
    'api::source.source': await draft('sources', world.source.documentId),
    'api::highlight.highlight': await draft('highlights', world.highlight.documentId),
    'api::kicker.kicker': (await strapiInstance()
      .documents(KICKER_UID)
      .findOne({ documentId: world.proposal.documentId } as never)) as unknown as Record<string, string>,
    'api::category.category': await draft('categories', world.otherDesk.documentId),
    'api::author.author': await draft('authors', world.otherWriter.documentId),
  };
  return values as Record<string, Record<string, string>>;
}

/** The reader requests one relation path is probed with: filters, sorts, populates, pagination and findOne. */
function probesFor(route: RelationPath, world: World, secrets: Record<string, Record<string, string>>): string[] {
  const list = `/api/${route.root.plural}`;
  const roots = world.roots[route.root.uid];
  const scope: Array<[string, string]> = roots.map((id, index) => [`filters[documentId][$in][${index}]`, id]);
  const urls = new Set<string>();
  const keys = bracket(route.keys);
  const [first, ...rest] = route.keys;
  for (const field of SECRET_FIELDS[route.target.uid]) {
    const value = String(secrets[route.target.uid][field]);
    const contains: [string, string] = [`filters${keys}[${field}][$containsi]`, SECRET.toLowerCase()];
    urls.add(address(list, [...scope, contains]));
    urls.add(address(list, [...scope, [`filters${keys}[${field}][$startsWith]`, value.slice(0, 10)]]));
    urls.add(address(list, [...scope, [`filters${keys}[${field}][$eq]`, value]]));
    urls.add(address(list, [...scope, [`filters[$or][0]${keys}[${field}][$containsi]`, SECRET.toLowerCase()], ['filters[$or][1][documentId][$eq]', 'none']]));
    urls.add(address(list, [...scope, [`filters[$not]${keys}[${field}][$containsi]`, SECRET.toLowerCase()]]));
    urls.add(address(list, [...scope, contains, ['pagination[page]', '1'], ['pagination[pageSize]', '1']]));
    urls.add(address(`${list}/${roots[0]}`, [contains]));
    urls.add(address(list, [...scope, ['sort', `${route.keys.join('.')}.${field}:asc`]]));
    urls.add(address(list, [...scope, ['sort', `${route.keys.join('.')}.${field}:desc`]]));
    const nested = rest.map((key) => `[populate][${key}]`).join('');
    urls.add(address(list, [...scope, [`populate[${first}]${nested}[fields][0]`, field]]));
    if (rest.length > 0) urls.add(address(list, [...scope, [`populate[${first}][filters]${bracket(rest)}[${field}][$containsi]`, SECRET.toLowerCase()]]));
  }
  return [...urls];
}

/** Fixed reads of every route that shows the fixture: the delivery plugin's pages, lists, feeds and sitemaps. */
function fixedProbes(world: World): string[] {
  const scoped = (uid: string) => world.roots[uid].map((id, index) => `filters[documentId][$in][${index}]=${id}`).join('&');
  const lists = [...TYPES.values()].flatMap((type) => [
    `/api/${type.plural}?${scoped(type.uid)}&populate=*`,
    ...world.roots[type.uid].map((id) => `/api/${type.plural}/${id}?populate=*`),
    ...Object.entries(type.attributes)
      .filter(([, attribute]) => attribute.type === 'relation' && attribute.target && TYPES.has(attribute.target))
      .map(([key]) => `/api/${type.plural}?${scoped(type.uid)}&populate[${key}][populate]=*`),
  ]);
  return [
    ...lists,
    `/api/articles/by-slug/${world.story.slug}`,
    `/api/articles/by-slug/${world.second.slug}`,
    `/api/articles/by-slug/${world.third.slug}`,
    `/api/articles/by-slug/${world.story.slug}/jsonld`,
    `/api/fact-checks/by-slug/${world.factCheck.slug}`,
    `/api/categories/${world.desk.slug}/articles`,
    `/api/categories/${world.otherDesk.slug}/articles`,
    `/api/kickers/${world.series.slug}/articles`,
    `/api/feeds/categories/${world.desk.slug}/feed.json`,
    `/api/feeds/kickers/${world.series.slug}/feed.json`,
  ];
}

/** Each address read anonymously, a few at a time (the reads change nothing). */
async function readAll(urls: readonly string[], inFlight = 8): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      answers.set(url, answer(await http().get(url)));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return answers;
}

/** The addresses whose answer now differs from the one read without the secret. */
async function differing(urls: readonly string[], withoutSecret: Map<string, Answer>): Promise<string[]> {
  const now = await readAll(urls);
  return urls.filter((url) => JSON.stringify(now.get(url)) !== JSON.stringify(withoutSecret.get(url))).map((url) => `${now.get(url)?.status} ${url}`);
}

describe('Readers and drafts: every relation path, generated from the schemas', () => {
  let world: World;
  let secrets: Record<string, Record<string, string>>;
  const withoutSecret = new Map<string, Answer>();
  const probes = new Map<RelationPath, string[]>();

  beforeAll(async () => {
    world = await buildWorld();
    await draftsHold(world, SECRET);
    secrets = await secretValues(world);
    await draftsHold(world, NEUTRAL);
    for (const route of PATHS) probes.set(route, probesFor(route, world, secrets));
    const urls = [...new Set([...[...probes.values()].flat(), ...fixedProbes(world)])];
    for (const [url, read] of await readAll(urls)) withoutSecret.set(url, read);
    await draftsHold(world, SECRET);
  }, 240000);

  it('knows a secret field for each of the seven types, and walks every relation of each', () => {
    expect(Object.keys(SECRET_FIELDS).sort()).toEqual([...TYPES.keys()].sort());
    expect(TYPES.size).toBe(7);
    for (const type of TYPES.values()) {
      const relations = Object.values(type.attributes).filter((attribute) => attribute.type === 'relation' && TYPES.has(attribute.target ?? ''));
      expect(PATHS.filter((route) => route.root === type && route.keys.length === 1).length).toBe(relations.length);
    }
  });

  it('reads the secret where the probes look, through drafts, with an API token', async () => {
    // The fixture is wired: a caller allowed drafts finds the secret through the draft-only links.
    const token = `Bearer ${await apiToken('full-access')}`;
    const seen = await http()
      .get(`/api/categories?filters[articles][body][$containsi]=${SECRET.toLowerCase()}&filters[documentId][$eq]=${world.desk.documentId}`)
      .set('Authorization', token)
      .expect(200);
    expect(seen.body.data.map((item: Doc) => item.documentId)).toEqual([world.desk.documentId]);
  });

  it.each(PATHS.map((route) => [`${route.root.plural}.${route.keys.join('.')}`, route] as const))(
    'answers %s the same whether a draft holds the secret or not',
    async (_name, route) => {
      const urls = probes.get(route) ?? [];
      expect(urls.length).toBeGreaterThan(0);
      expect(await differing(urls, withoutSecret)).toEqual([]);
    },
  );

  it('answers the fixed reads (lists, items, delivery pages and feeds) the same whether a draft holds the secret or not', async () => {
    expect(await differing(fixedProbes(world), withoutSecret)).toEqual([]);
  });
});
