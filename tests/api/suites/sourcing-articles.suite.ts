import { approve, publishArticle } from '../../helpers/editorial';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { postBody } from '../../helpers/fixtures';

const KFOR = postBody('2026-02-19-kfor-downscaling.md');

interface Highlight {
  documentId: string;
  exact: string;
  colour: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  anchorState: string;
  updatedAt: string;
  source: { documentId: string; url: string; isInternal: boolean } | null;
}

async function createArticle(body: string, status: 'draft' | 'published' = 'draft') {
  const data = { title: unique('Sourcing'), body };
  const response = status === 'published' ? await publishArticle(data) : await editor.post('/api/articles?status=draft', { data }).expect(201);
  return response.body.data as { documentId: string; slug: string; body: string };
}

async function highlightsOf(documentId: string, status: 'draft' | 'published' = 'draft'): Promise<Highlight[]> {
  const query = `filters[article][documentId][$eq]=${documentId}&status=${status}&populate[source][fields][0]=url&populate[source][fields][1]=isInternal&sort=start:asc`;
  const response = await editor.get(`/api/highlights?${query}`).expect(200);
  return response.body.data;
}

const saveBody = (documentId: string, body: string) => editor.put(`/api/articles/${documentId}?status=draft`, { data: { body } }).expect(200);

describe('Sourcing: highlights and sources from an article body', () => {
  it('finds the five highlights of the KFOR post with their colours, quotes and selectors', async () => {
    const article = await createArticle(KFOR);
    const highlights = await highlightsOf(article.documentId);
    expect(highlights.map((highlight) => highlight.colour)).toEqual(['yellow', 'green', 'rose', 'yellow', 'default']);
    expect(highlights[0]).toMatchObject({
      exact: '"return to factory settings"',
      prefix: 'ush - described internally as a ',
      suffix: ' - amounts to an effort to refoc',
      anchorState: 'anchored',
    });
    expect(highlights[0].end - highlights[0].start).toBe('"return to factory settings"'.length);
  });

  it('gives the KFOR post five sources under normalized URLs, its link to an earlier article marked internal', async () => {
    const article = await createArticle(KFOR);
    const highlights = await highlightsOf(article.documentId);
    expect(highlights.map((highlight) => highlight.source?.url)).toEqual([
      'https://www.politico.eu/article/us-presses-nato-reset-cut-foreign-missions-allies-peacekeeping-iraq-kosovo',
      'https://defence24.com/geopolitics/pentagons-colby-presents-plan-for-a-stronger-nato',
      'https://www.nato.int/en/what-we-do/operations-and-missions/natos-role-in-kosovo',
      'https://www.kosovo-online.com/en/news/analysis/consequences-possible-us-withdrawal-kfor-pristina-seeking-new-ally-ankara-4-2-2025',
      'https://the-adriatic.github.io/the-adriatic/2026/02/09/dodik-proxy-republika-srpska',
    ]);
    expect(highlights.map((highlight) => highlight.source?.isInternal)).toEqual([false, false, false, false, true]);
    const response = await editor.get(`/api/articles/${article.documentId}?status=draft&populate[sources][fields][0]=url`).expect(200);
    expect(response.body.data.sources).toHaveLength(5);
  });

  it('changes nothing when the same body is saved again', async () => {
    const article = await createArticle(KFOR);
    const before = await highlightsOf(article.documentId);
    await saveBody(article.documentId, KFOR);
    expect(await highlightsOf(article.documentId)).toEqual(before);
  });

  it('deletes exactly one highlight when one mark is taken out of the body, keeping the others', async () => {
    const article = await createArticle(KFOR);
    const before = await highlightsOf(article.documentId);
    const unmarked = KFOR.replace('<mark class="rose">in the wake of NATO\'s 78-day air campaign</mark>', "in the wake of NATO's 78-day air campaign");
    expect(unmarked).not.toBe(KFOR);
    await saveBody(article.documentId, unmarked);
    const after = await highlightsOf(article.documentId);
    expect(after.map((highlight) => highlight.documentId)).toEqual(before.filter((h) => h.colour !== 'rose').map((h) => h.documentId));
  });

  it('keeps every highlight when a paragraph is inserted above, with new positions', async () => {
    const article = await createArticle(KFOR);
    const before = await highlightsOf(article.documentId);
    const paragraph = 'An editor adds a paragraph at the top.';
    await saveBody(article.documentId, `${paragraph}\n\n${KFOR}`);
    const after = await highlightsOf(article.documentId);
    expect(after.map((highlight) => highlight.documentId)).toEqual(before.map((highlight) => highlight.documentId));
    after.forEach((highlight, index) => {
      expect(highlight.start).toBe(before[index].start + paragraph.length + 1);
      expect(highlight.anchorState).toBe('moved');
    });
  });

  it('marks a highlight orphaned, not deleted, when its quote is gone from the body', async () => {
    const article = await createArticle(KFOR);
    const before = await highlightsOf(article.documentId);
    const withoutQuote = KFOR.replace(/\[<mark class="yellow">Italy provides[^\n]*?\)/, 'Italy is the largest contributor.');
    await saveBody(article.documentId, withoutQuote);
    const after = await highlightsOf(article.documentId);
    expect(after).toHaveLength(before.length);
    expect(after.find((highlight) => highlight.exact.startsWith('Italy provides'))?.anchorState).toBe('orphaned');
  });

  it('keeps one source for one URL cited by two articles, and the source lists both', async () => {
    const path = unique('shared').replace(/\W+/g, '-');
    const quote = (tracking: string) => `A claim [<mark>"quoted words"</mark>](https://Example.org/${path}/${tracking}).`;
    const first = await createArticle(quote('?utm_source=x'), 'published');
    const second = await createArticle(quote('#fragment'), 'published');
    const [one] = await highlightsOf(first.documentId);
    const [two] = await highlightsOf(second.documentId);
    expect(one.source?.documentId).toBe(two.source?.documentId);
    expect(one.source?.url).toBe(`https://example.org/${path}`);
    const response = await http().get(`/api/sources/${one.source?.documentId}?populate[articles][fields][0]=slug`).expect(200);
    expect(response.body.data.articles.map((a: { slug: string }) => a.slug).sort()).toEqual([first.slug, second.slug].sort());
  });
});

describe('Sourcing: bodies are sanitized on every save', () => {
  it.each([
    ['a script tag', 'Text<script>alert(1)</script> after.', /<script|alert\(1\)/i],
    ['an onerror handler', 'Text <img src=x onerror="alert(1)"> after.', /onerror|<img/i],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)"><mark>quote</mark></a>', /javascript:/i],
    ['a javascript: link in Markdown', '[<mark>quote</mark>](javascript:alert(1))', /javascript:/i],
    ['an svg with onload', '<svg onload="alert(1)"><circle/></svg> after.', /<svg|onload/i],
    ['a nested mark with onclick', '<mark class="rose"><mark onclick="alert(1)" style="color:red">x</mark></mark>', /onclick|style=/i],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/i],
  ])('removes %s through the HTTP API', async (_case, body, forbidden) => {
    const article = await createArticle(body);
    const stored = await editor.get(`/api/articles/${article.documentId}?status=draft`).expect(200);
    expect(stored.body.data.body).not.toMatch(forbidden);
  });

  it('refuses, on the body, a mark longer than a highlight can hold, and stores nothing', async () => {
    const title = unique('Long quote');
    const body = `<mark>${'word '.repeat(401)}</mark>`;
    const response = await editor.post('/api/articles?status=draft', { data: { title, body } }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['body']);
    const stored = await editor.get(`/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`).expect(200);
    expect(stored.body.data).toHaveLength(0);
  });

  it("keeps marks, social handles and links, turning Liquid's relative_url into a site path", async () => {
    const body = [
      '<a href="{{ \'/newsletter\' | relative_url }}" class="plain"><mark>our newsletter</mark></a>',
      '<span class="social-handle">@v.varis</span> [<mark class="green">x</mark>](https://example.org/a)',
      '<a href="https://example.org/b" target="_blank">external</a>',
    ].join('\n\n');
    const article = await createArticle(body);
    expect(article.body).toContain('<a href="/newsletter" class="plain"><mark>our newsletter</mark></a>');
    expect(article.body).toContain('<span class="social-handle">@v.varis</span> [<mark class="green">x</mark>](https://example.org/a)');
    expect(article.body).toContain('<a href="https://example.org/b" rel="noopener noreferrer">external</a>');
  });
});

describe('Sourcing: the article publish gate', () => {
  const mailtoBody = 'They said [<mark class="yellow">"no comment"</mark>](mailto:press@example.org).';

  it('refuses to publish an article whose highlight links to a non-web address, naming the body field', async () => {
    const title = unique('Mailto quote');
    const response = await publishArticle({ title, body: mailtoBody }, 400);
    expect(response.body.error.details.errors[0].path).toEqual(['body']);
    expect(response.body.error.message).toContain('mailto:press@example.org');
    const stored = await editor.get(`/api/articles?filters[title][$eq]=${encodeURIComponent(title)}`).expect(200);
    expect(stored.body.data).toHaveLength(0);
  });

  it('publishes the same article once the highlight links to a web page, and its highlights with it', async () => {
    const article = await createArticle(mailtoBody);
    await approve(article.documentId);
    await editor.put(`/api/articles/${article.documentId}?status=published`, { data: { body: mailtoBody } }).expect(400);
    const fixed = mailtoBody.replace('mailto:press@example.org', 'https://example.org/statement');
    await editor.put(`/api/articles/${article.documentId}?status=published`, { data: { body: fixed } }).expect(200);
    const published = await highlightsOf(article.documentId, 'published');
    expect(published.map((highlight) => highlight.exact)).toEqual(['"no comment"']);
  });
});

describe("Sourcing: the admin panel's Publish button", () => {
  const CM = '/content-manager/collection-types/api::article.article';

  it('is refused with the body marked, and the edit sent with it is rolled back', async () => {
    const { token } = await adminSession('provenance-chief-editor');
    const good = 'A quote [<mark>"on the record"</mark>](https://example.org/record).';
    const created = await http()
      .post(CM)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: unique('Admin publish'), body: good });
    expect(created.status).toBeLessThan(300);
    const { documentId } = created.body.data;
    await approve(documentId);
    const bad = good.replace('https://example.org/record', 'ftp://example.org/record');
    const refused = await http().post(`${CM}/${documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({ body: bad }).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['body']);
    const draft = await editor.get(`/api/articles/${documentId}?status=draft`).expect(200);
    expect(draft.body.data.body).toBe(good);
    await http().post(`${CM}/${documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({ body: good }).expect(200);
    expect((await highlightsOf(documentId, 'published')).map((highlight) => highlight.exact)).toEqual(['"on the record"']);
  });
});

describe('Sourcing: highlights follow the article through its life', () => {
  it('withdraws the highlights from readers when the article is unpublished', async () => {
    const article = await createArticle(KFOR, 'published');
    expect(await highlightsOf(article.documentId, 'published')).toHaveLength(5);
    const { token } = await adminSession('provenance-chief-editor');
    await http()
      .post(`/content-manager/collection-types/api::article.article/${article.documentId}/actions/unpublish`)
      .set('Authorization', `Bearer ${token}`)
      .send({})
      .expect(200);
    expect(await highlightsOf(article.documentId, 'published')).toHaveLength(0);
    expect(await highlightsOf(article.documentId, 'draft')).toHaveLength(5);
  });

  it('keeps a highlight readers see when a draft takes its mark away, until the draft is published', async () => {
    const marked = 'Said <mark class="green">"we will stay"</mark> and <mark>"we will go"</mark>.';
    const article = await createArticle(marked, 'published');
    const [stay] = await highlightsOf(article.documentId, 'published');
    await saveBody(article.documentId, marked.replace('<mark class="green">"we will stay"</mark>', '"we will stay"'));
    expect((await highlightsOf(article.documentId, 'published')).map((highlight) => highlight.exact)).toEqual(['"we will stay"', '"we will go"']);
    const annotations = await http().get(`/api/sourcing/articles/${article.slug}/annotations`).expect(200);
    expect(annotations.body.total).toBe(2);
    await editor.put(`/api/articles/${article.documentId}?status=published`, { data: {} }).expect(200);
    expect((await highlightsOf(article.documentId, 'published')).map((highlight) => highlight.exact)).toEqual(['"we will go"']);
    expect((await highlightsOf(article.documentId, 'draft')).map((highlight) => highlight.exact)).toEqual(['"we will go"']);
    await editor.get(`/api/highlights/${stay.documentId}?status=draft`).expect(404);
  });

  it('deletes at once a highlight readers never saw when a draft takes its mark away', async () => {
    const article = await createArticle('Said <mark>"never shown"</mark>.');
    const [highlight] = await highlightsOf(article.documentId);
    await saveBody(article.documentId, 'Said "never shown".');
    await editor.get(`/api/highlights/${highlight.documentId}?status=draft`).expect(404);
  });

  it('deletes the highlights with the article, keeping the sources for others to cite', async () => {
    const article = await createArticle(KFOR, 'published');
    const highlights = await highlightsOf(article.documentId);
    await editor.delete(`/api/articles/${article.documentId}`).expect(204);
    for (const highlight of highlights) await editor.get(`/api/highlights/${highlight.documentId}?status=draft`).expect(404);
    await editor.get(`/api/sources/${highlights[0].source?.documentId}?status=draft`).expect(200);
  });
});

describe('Sourcing: annotations for readers', () => {
  it("serves a published article's highlights as a W3C Web Annotation collection", async () => {
    const article = await createArticle(KFOR, 'published');
    const response = await http().get(`/api/sourcing/articles/${article.slug}/annotations`).expect(200);
    expect(response.headers['content-type']).toContain('application/ld+json');
    expect(response.body).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 5 });
    const [first] = response.body.first.items;
    expect(first).toMatchObject({
      type: 'Annotation',
      motivation: 'linking',
      body: 'https://www.politico.eu/article/us-presses-nato-reset-cut-foreign-missions-allies-peacekeeping-iraq-kosovo',
      target: { styleClass: 'yellow' },
    });
    expect(first.target.selector.map((selector: { type: string }) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  });

  it('answers 404 for an article that is only a draft, and for an unknown slug', async () => {
    const draft = await createArticle(KFOR);
    await http().get(`/api/sourcing/articles/${draft.slug}/annotations`).expect(404);
    await http().get('/api/sourcing/articles/no-such-article/annotations').expect(404);
  });
});

describe("Sourcing: the editor's source pickers", () => {
  /** What the pickers of a reporter's admin panel are answered for the query, checked against the expected status. */
  const pickers = async (query: string, status: number) => {
    const { token } = await adminSession('provenance-reporter');
    return http().get(`/sourcing/sources?${query}`).set('Authorization', `Bearer ${token}`).expect(status);
  };

  it('finds an existing source by part of its host, once, with its title and address', async () => {
    const host = `${unique('picker').replace(/\W+/g, '').toLowerCase()}.example.org`;
    await createArticle(`They said [<mark class="yellow">"it holds"</mark>](https://${host}/report).`);
    const response = await pickers(`q=${encodeURIComponent(host.slice(2, 12))}`, 200);
    expect(response.body.data).toEqual([expect.objectContaining({ host, url: `https://${host}/report` })]);
  });

  it('finds the source a pasted address would become, normalized as saves do', async () => {
    const host = `${unique('pasted').replace(/\W+/g, '').toLowerCase()}.example.org`;
    await createArticle(`They said [<mark>"it holds"</mark>](https://${host}/a/).`);
    const response = await pickers(`url=${encodeURIComponent(`HTTPS://${host.toUpperCase()}/a/?utm_source=x#top`)}`, 200);
    expect(response.body.meta.normalizedUrl).toBe(`https://${host}/a`);
    expect(response.body.data.map((source: { url: string }) => source.url)).toEqual([`https://${host}/a`]);
  });

  it('says why a pasted address cannot be a source, with the message saves give', async () => {
    const response = await pickers(`url=${encodeURIComponent('ftp://files.example.org/x')}`, 200);
    expect(response.body).toEqual({ data: [], meta: { normalizedUrl: null, urlProblem: 'A source URL must start with http:// or https://.' } });
  });

  it('answers a limit out of range with a 400 naming limit, and an anonymous caller with a 401', async () => {
    const response = await pickers('limit=500', 400);
    expect(response.body.error.details.errors[0].path).toEqual(['limit']);
    await http().get('/sourcing/sources?q=a').expect(401);
  });
});
