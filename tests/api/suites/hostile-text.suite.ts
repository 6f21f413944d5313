import MarkdownIt from 'markdown-it';
import { readAsText } from '../../helpers/delivery';
import { publishArticle } from '../../helpers/editorial';
import { activeContent, HOSTILE_BODY } from '../../helpers/hostile-html';
import { editor, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';
import { XSS_VECTORS } from '../../../bench/lib/xss-vectors';

// One classic stored-XSS vector per field; the list below tries them all on the title.
const PAYLOADS = XSS_VECTORS;
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
    'section heading',
    'fact-checks',
    'api::fact-check.fact-check',
    (v) => ({ title: unique('Heading'), sections: [{ heading: `Findings ${v}`, body: 'Text.' }] }),
    ['sections', '0', 'heading'],
  ],
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

// superagent serializes a Buffer sent as JSON; these bytes must reach the server as they are.
const sendAsIs = ((bytes: Buffer) => bytes) as unknown as (body: unknown) => string;

describe('Hostile text: plain text that would mislead a reader is refused, not stripped', () => {
  it.each([
    ['the leftovers of a nested script tag', 'sections heading', `Findings <scr<script>ipt>alert(1)</script>`],
    ['a right-to-left override', 'title', `Minister resigns \u202Efdp.exe`],
    ['a left-to-right embedding', 'title', `Budget \u202Aup\u202C 4%`],
    ['a first-strong isolate', 'title', `Vote \u2068count\u2069`],
    ['a lone high surrogate', 'title', `Broken \uD83D emoji`],
    ['a lone low surrogate', 'title', `Broken \uDE00 emoji`],
  ])('refuses %s in a fact check %s with a 400 naming the field, storing nothing', async (_case, field, value) => {
    const before = await countOf('api::fact-check.fact-check');
    const data =
      field === 'title'
        ? { title: `${unique('Check')} ${value}` }
        : { title: unique('Heading check'), sections: [{ heading: value, body: 'The section text.' }] };
    const response = await editor.post('/api/fact-checks?status=draft', { data }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(field === 'title' ? ['title'] : ['sections', '0', 'heading']);
    expect(await countOf('api::fact-check.fact-check')).toBe(before);
  });

  it.each([
    ['an article title', 'articles', (v: string) => ({ title: unique(`Title ${v}`) }), ['title']],
    [
      'a lead-image caption',
      'articles',
      (v: string) => ({ title: unique('Caption'), leadImage: { url: 'https://example.org/a.jpg', caption: v } }),
      ['leadImage', 'caption'],
    ],
    ['an author name', 'authors', (v: string) => ({ name: unique(`Name ${v}`) }), ['name']],
    ['a source title', 'sources', (v: string) => ({ url: source(), title: v }), ['title']],
  ])('refuses a bidi override in %s, saying why', async (_case, endpoint, data, path) => {
    const response = await editor.post(`/api/${endpoint}`, { data: data('Invoice \u202Egnp.exe') }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(path);
    expect(response.body.error.message).toMatch(/direction/i);
  });

  it('refuses a title whose bytes are not UTF-8 with a 400 on the title', async () => {
    const title = unique('Latin-1 bytes');
    const raw = Buffer.concat([Buffer.from(`{"data":{"title":"${title} caf`), Buffer.from([0xe9]), Buffer.from(' au lait"}}')]);
    const response = await editor.post('/api/articles?status=draft', raw).set('Content-Type', 'application/json').serialize(sendAsIs);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['title']);
    expect(
      await strapiInstance()
        .db.query('api::article.article')
        .count({ where: { title: { $startsWith: title } } }),
    ).toBe(0);
  });

  it('keeps a section heading exactly as sent, neither escaped nor stripped', async () => {
    const heading = 'Turnout > 40% & rising: is x<y and y>z? Q&A';
    const created = await editor
      .post('/api/fact-checks?status=draft', { data: { title: unique('Heading kept'), sections: [{ heading, body: 'Text.' }] } })
      .expect(201);
    const stored = await editor.get(`/api/fact-checks/${created.body.data.documentId}?status=draft&populate=sections`).expect(200);
    expect(stored.body.data.sections[0].heading).toBe(heading);
  });

  it('keeps right-to-left text and its marks: Arabic and Hebrew with U+200F', async () => {
    const title = unique('قمة بروكسل \u200Fוהסכם');
    const response = await editor.post('/api/articles?status=draft', { data: { title } }).expect(201);
    expect(response.body.data.title).toBe(title);
  });
});

describe('Hostile text: prose and code in rich text are text', () => {
  // Bodies are Markdown: a "<" that does not open a tag is text, and code shows markup as it is written.
  const PROSE: Array<[string, string]> = [
    ['an inequality chain', 'If x<y and y>z then the claim holds.'],
    ['a comparison that reads like a bold tag', 'We know a<b and b>c, so a<c.'],
    ['a code span holding a tag', 'Use `<br>` for a line break, never `<script>` or `<img src=x onerror=alert(1)>`.'],
    ['comparisons and arrows inside code', 'The check is `a > b && c < d`, or `x->y` in C.'],
    ['a fenced code block', '```html\n<p class="lead">Hi</p>\nif (a > b) { return c < d; }\n```'],
    ['arrows and hearts', 'Turnout -> up, wages <- down, 3 <= 4, a <=> b, we <3 volunteers.'],
    ['placeholders in angle brackets', 'Write to <name>@example.org, replacing <name> with yours.'],
    ['entities written as text', 'AT&T wrote &lt;b&gt; in the release & left.'],
    ['nested quotes with comparisons', '> He said x > 3.\n>> and y < 2'],
  ];

  it.each(PROSE)('stores %s in an article body exactly as sent', async (_case, body) => {
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Prose'), body } }).expect(201);
    expect(response.body.data.body).toBe(body);
  });

  it.each(PROSE)('stores %s in a fact-check section exactly as sent', async (_case, body) => {
    const data = { title: unique('Prose check'), summary: body, sections: [{ heading: 'What we found', body }] };
    const response = await editor.post('/api/fact-checks?status=draft', { data }).expect(201);
    const stored = await editor.get(`/api/fact-checks/${response.body.data.documentId}?status=draft&populate=sections`).expect(200);
    expect(stored.body.data.summary).toBe(body);
    expect(stored.body.data.sections[0].body).toBe(body);
  });

  it('shows readers the prose and the code as written', async () => {
    const published = await publishArticle({ title: unique('Prose published'), body: PROSE.map(([, body]) => body).join('\n\n') });
    const html: string = (await editor.get(`/api/articles/by-slug/${published.body.data.slug}`).expect(200)).body.data.bodyHtml;
    expect(html).toContain('If x&lt;y and y&gt;z then the claim holds.');
    expect(html).toContain('We know a&lt;b and b&gt;c, so a&lt;c.');
    expect(html).toContain('<code>&lt;br&gt;</code>');
    expect(html).toContain('<code>&lt;script&gt;</code>');
    expect(html).toContain('<code>a &gt; b &amp;&amp; c &lt; d</code>');
    expect(html).toContain('if (a &gt; b) { return c &lt; d; }');
    expect(html).toContain('replacing &lt;name&gt; with yours');
    expect(html).toContain('Turnout -&gt; up, wages &lt;- down');
    expect(html).not.toMatch(/&amp;(gt|lt);|<b>|<name>|<y /);
  });

  it('removes a tag that could run, keeping every word around it', async () => {
    const body = 'If x<y and y>z, <img src=x onerror=alert(1)>then the claim <b onclick="alert(1)">holds</b>.';
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Mixed'), body } }).expect(201);
    expect(response.body.data.body).toBe('If x<y and y>z, then the claim <b>holds</b>.');
  });

  it('stores nothing another Markdown renderer would run, rendering raw HTML unsanitized', async () => {
    const bodies = [
      HOSTILE_BODY,
      '<b>\nx<img src=x onerror=alert(1) <b>\n',
      '<mark>\n<y onmouseover=alert(1)\n<b>',
      '<div\nonclick="alert(1)"\n\nnext',
      '[r]: javascript:alert(1)\n\n[a link][r]',
    ];
    const markdown = new MarkdownIt({ html: true });
    for (const body of bodies) {
      const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Raw render'), body } }).expect(201);
      expect(activeContent(markdown.render(response.body.data.body))).toEqual([]);
    }
  });
});

describe('Hostile text: link reference definitions', () => {
  // A definition is read by every Markdown renderer, wherever it stands: the stored text must not carry the address.
  it.each([
    ['at the start of a line', '[r]: javascript:alert(1)'],
    ['in a blockquote', '> [r]: javascript:alert(1)'],
    ['in a nested blockquote', '> > [r]: javascript:alert(1)'],
    ['in a list item', '- [r]: javascript:alert(1)'],
    ['in a numbered list item', '1. [r]: javascript:alert(1)'],
    ['indented', '   [r]: javascript:alert(1)'],
    ['with its address on the next line', '[r]:\n  javascript:alert(1)'],
    ['with a title', '[r]: javascript:alert(1) "Read more"'],
    ['in angle brackets', '[r]: <javascript:alert(1)>'],
    ['with an entity for the colon', '[r]: javascript&#58;alert(1)'],
    ['with a backslash before the colon', '[r]: javascript\\:alert(1)'],
    ['in mixed case', '[r]: JaVaScRiPt:alert(1)'],
    ['as a data: address', '[r]: data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['as a vbscript: address', '[r]: vbscript:msgbox(1)'],
  ])('neutralises one %s in the stored body, keeping the words', async (_case, definition) => {
    const body = `Read [the report][r] first.\n\n${definition}\n`;
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Reference'), body } }).expect(201);
    const stored: string = response.body.data.body;
    expect(stored).toContain('Read [the report][r] first.');
    expect(stored).not.toMatch(/javascript|vbscript|data:/i);
    expect(stored).toContain('[r]:');
  });

  it('keeps a definition of a web page as written', async () => {
    const body = 'Read [the report][r].\n\n> [r]: https://example.org/report "The report"\n';
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Reference ok'), body } }).expect(201);
    expect(response.body.data.body).toBe(body);
  });
});
