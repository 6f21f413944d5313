import { readAsText } from '../../helpers/delivery';
import { publishArticle } from '../../helpers/editorial';
import { editor, http, unique, uploadFile } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';
import { png, pngDeclaring } from '../../helpers/xmp-image';

// One classic stored-XSS vector per field; the list below tries them all on the title.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<style>@import "https://evil.example/x.css";</style>',
];
const XSS = PAYLOADS[1];

type Case = [string, string, string, (value: string) => Record<string, unknown>, string[]];

const source = () => `https://example.org/${unique('page').replace(/\W+/g, '-')}`;
const named = (value: string) => `${unique('Name')} ${value}`;

// Every plain-text field of every newsroom type, components included: [label, endpoint, uid, data, field path].
const PLAIN_TEXT_FIELDS: Case[] = [
  ['article title', 'articles', 'api::article.article', (v) => ({ title: named(v) }), ['title']],
  ['article deck', 'articles', 'api::article.article', (v) => ({ title: unique('Deck'), deck: v }), ['deck']],
  ['article permalink', 'articles', 'api::article.article', (v) => ({ title: unique('Link'), permalink: `/2026/${v}/` }), ['permalink']],
  [
    'lead image caption',
    'articles',
    'api::article.article',
    (v) => ({ title: unique('Cap'), leadImage: { url: 'https://example.org/a.jpg', caption: v } }),
    ['leadImage', 'caption'],
  ],
  [
    'lead image credit',
    'articles',
    'api::article.article',
    (v) => ({ title: unique('Cred'), leadImage: { url: 'https://example.org/a.jpg', credit: v } }),
    ['leadImage', 'credit'],
  ],
  ['fact-check title', 'fact-checks', 'api::fact-check.fact-check', (v) => ({ title: named(v) }), ['title']],
  ['fact-check claim', 'fact-checks', 'api::fact-check.fact-check', (v) => ({ title: unique('Claim'), claimReviewed: v }), ['claimReviewed']],
  [
    'related question',
    'fact-checks',
    'api::fact-check.fact-check',
    (v) => ({ title: unique('Q'), relatedQuestions: [{ question: v }] }),
    ['relatedQuestions', '0', 'question'],
  ],
  [
    'citation note',
    'fact-checks',
    'api::fact-check.fact-check',
    (v) => ({ title: unique('Note'), citations: [{ number: 1, note: v }] }),
    ['citations', '0', 'note'],
  ],
  ['source title', 'sources', 'api::source.source', (v) => ({ url: source(), title: v }), ['title']],
  ['source publisher', 'sources', 'api::source.source', (v) => ({ url: source(), publisher: v }), ['publisher']],
  ['author name', 'authors', 'api::author.author', (v) => ({ name: named(v) }), ['name']],
  ['author bio', 'authors', 'api::author.author', (v) => ({ name: unique('Bio'), bio: v }), ['bio']],
  ['category name', 'categories', 'api::category.category', (v) => ({ name: named(v) }), ['name']],
  ['category label', 'categories', 'api::category.category', (v) => ({ name: unique('Label'), displayLabel: v }), ['displayLabel']],
  ['category description', 'categories', 'api::category.category', (v) => ({ name: unique('Desc'), description: v }), ['description']],
  ['kicker label', 'kickers', 'api::kicker.kicker', (v) => ({ label: `Series ${v}` }), ['label']],
  ['highlight quote', 'highlights', 'api::highlight.highlight', (v) => ({ exact: v, colour: 'yellow', anchorState: 'anchored' }), ['exact']],
];

const countOf = (uid: string): Promise<number> => strapiInstance().db.query(uid).count();

describe('Hostile text: plain-text fields take no markup', () => {
  it.each(PLAIN_TEXT_FIELDS)('refuses HTML in the %s with a 400 on that field, storing nothing', async (_label, endpoint, uid, data, path) => {
    const before = await countOf(uid);
    const response = await editor.post(`/api/${endpoint}`, { data: data(XSS) }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(response.body.error.message).toMatch(/cannot contain HTML/);
    expect(await countOf(uid)).toBe(before);
  });

  it.each(PAYLOADS)('refuses the title %s', async (payload) => {
    const response = await editor.post('/api/articles', { data: { title: `Headline ${payload}` } }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['title']);
  });

  it('refuses markup added to a saved headline, keeping the saved one', async () => {
    const created = await editor.post('/api/articles?status=draft', { data: { title: unique('Clean headline') } }).expect(201);
    const { documentId, title } = created.body.data;
    await editor.put(`/api/articles/${documentId}`, { data: { title: `${title}<script>x</script>` } }).expect(400);
    const stored = await editor.get(`/api/articles/${documentId}?status=draft`).expect(200);
    expect(stored.body.data.title).toBe(title);
  });

  it('keeps comparisons and hearts that only look like markup: "a < b", "<3"', async () => {
    const title = unique('Turnout < 40% and <3 for the volunteers');
    const response = await editor.post('/api/articles?status=draft', { data: { title } }).expect(201);
    expect(response.body.data.title).toBe(title);
  });

  it('refuses a NUL character in a title with a 400, on SQLite and PostgreSQL alike', async () => {
    const response = await editor.post('/api/articles', { data: { title: `Null\u0000byte ${unique('x')}` } }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['title']);
  });
});

describe('Hostile text: rich text is stored clean', () => {
  const hostileBody = `${PAYLOADS.join('\n\n')}\n\n[click](javascript:alert(1)) and <mark class="yellow">a quote</mark>\u0000.`;

  it('strips every script vector from an article body, keeping the highlight', async () => {
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Hostile body'), body: hostileBody } }).expect(201);
    const body: string = response.body.data.body;
    expect(body).not.toMatch(/<script|onerror|onload|<iframe|<svg|<style|javascript:|\u0000/i);
    expect(body).toContain('<mark class="yellow">a quote</mark>');
  });

  it.each(['summary', 'bottomLine', 'limitations'])('strips every script vector from a fact check %s', async (field) => {
    const response = await editor.post('/api/fact-checks?status=draft', { data: { title: unique('Hostile'), [field]: hostileBody } }).expect(201);
    expect(response.body.data[field]).not.toMatch(/<script|onerror|onload|<iframe|<svg|<style|javascript:/i);
  });

  it('renders a hostile body inert for readers, in the article and its feed', async () => {
    const published = await publishArticle({ title: unique('Hostile published'), body: hostileBody });
    const { slug } = published.body.data;
    const article = await editor.get(`/api/articles/by-slug/${slug}`).expect(200);
    expect(article.body.data.bodyHtml).not.toMatch(/<script|onerror|onload|<iframe|<svg|javascript:/i);
    const feed = await readAsText('/api/feeds/rss.xml').expect(200);
    expect(feed.body as string).toContain(slug);
    expect(feed.body as string).not.toMatch(/&lt;script|<script|onerror=|onload=|javascript:/i);
  });
});

describe('Hostile text: uploads', () => {
  const files = (): Promise<number> => strapiInstance().db.query('plugin::upload.file').count();

  it.each([
    ['an SVG carrying a script', 'chart.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'],
    ['an HTML page', 'story.html', 'text/html', '<html><body><script>alert(1)</script></body></html>'],
    ['an HTML page declared as a picture', 'story.html', 'image/png', '<html><body><script>alert(1)</script></body></html>'],
    ['an HTML page named as a JPEG', 'photo.jpg', 'image/jpeg', '<html><body><script>alert(1)</script></body></html>'],
    ['a script named as a GIF', 'spinner.gif', 'image/gif', 'alert(document.cookie)'],
    ['an SVG named as a PNG', 'chart.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'],
  ])('refuses %s with a 400, storing nothing', async (_label, name, contentType, content) => {
    const before = await files();
    const response = await uploadFile(name, contentType, Buffer.from(content));
    expect(response.status).toBe(400);
    expect(await files()).toBe(before);
  });

  it('refuses an image whose header declares more pixels than the budget before decoding it, naming the files', async () => {
    const before = await files();
    const response = await uploadFile('bomb.png', 'image/png', pngDeclaring(16000, 16000));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['files']);
    expect(response.body.error.message).toMatch(/16000×16000 pixels \(256\.0 megapixels\); images up to 40 megapixels/);
    expect(await files()).toBe(before);
  });

  it('takes a PNG and serves it with nosniff, so a browser never reads it as a page', async () => {
    const response = await uploadFile('map.png', 'image/png', png());
    expect(response.status).toBe(201);
    const served = await http().get(response.body[0].url).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
  });
});
