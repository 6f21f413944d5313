import { previewKey, previewUrl, type PreviewTarget } from '../../../src/plugins/delivery/server/src/domain/preview-link';
import { deskForSuite } from '../../helpers/delivery';
import { HARMLESS_TEXT, HOSTILE_BODY, activeContent } from '../../helpers/hostile-html';
import { adminSession, editor, http, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';
const FACT_CHECK = 'api::fact-check.fact-check';

let admin: Promise<string> | undefined;
const adminToken = (): Promise<string> => (admin ??= adminSession('provenance-chief-editor').then((session) => session.token));

/** The Content Manager's preview endpoint, as the admin panel calls it when an editor opens a preview. */
async function contentManagerPreview(uid: string, documentId: string, status: 'draft' | 'published' = 'draft') {
  return http()
    .get(`/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`)
    .set('Authorization', `Bearer ${await adminToken()}`);
}

async function previewLink(uid: string, documentId: string, status: 'draft' | 'published' = 'draft'): Promise<string> {
  const response = await contentManagerPreview(uid, documentId, status);
  expect(response.status).toBe(200);
  return response.body.data.url as string;
}

/** A link signed with this CMS's own key: what the preview handler would give, with any expiry a test needs. */
const signedByCms = (target: PreviewTarget): string => previewUrl(previewKey(strapiInstance().config.get('admin.auth.secret') as string), target);

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

async function draftArticle(data: Record<string, unknown> = {}): Promise<{ documentId: string; title: string }> {
  return (await editor.post('/api/articles?status=draft', { data: { title: unique('Preview draft'), ...data } }).expect(201)).body.data;
}

/** Writes around the save path (as a database restore or an old import would), which cleans bodies on save. */
const writeUnderneath = (documentId: string, fields: Record<string, unknown>) =>
  strapiInstance().db.connection('articles').where({ document_id: documentId }).whereNull('published_at').update(fields);

describe('Delivery: previews', () => {
  const { filed } = deskForSuite();

  it("gives the Content Manager a signed preview link for an article's draft, on the CMS itself", async () => {
    const draft = await draftArticle();
    const url = await previewLink(ARTICLE, draft.documentId);
    expect(url).toMatch(new RegExp(`^/api/previews/articles/${draft.documentId}\\?status=draft&expires=\\d+&signature=[\\w-]{43}$`));
    const expires = Number(new URL(url, 'http://cms.test').searchParams.get('expires'));
    expect(expires - nowSeconds()).toBeGreaterThan(50 * 60);
    expect(expires - nowSeconds()).toBeLessThanOrEqual(60 * 60);
  });

  it('gives no preview link for other types, and none to a caller without an admin session', async () => {
    const category = (await editor.post('/api/categories', { data: { name: unique('Preview section') } }).expect(201)).body.data;
    expect((await contentManagerPreview('api::category.category', category.documentId)).status).toBe(204);
    await http().get(`/content-manager/preview/url/${ARTICLE}?documentId=${category.documentId}&status=draft`).expect(401);
  });

  it("shows a draft's title, deck and rendered body in its preview", async () => {
    const draft = await draftArticle({ deck: 'A standfirst for the preview.', body: 'The port *reopened* on Monday.' });
    const response = await http()
      .get(await previewLink(ARTICLE, draft.documentId))
      .expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain(`<h1>${draft.title}</h1>`);
    expect(response.text).toContain('<p class="deck">A standfirst for the preview.</p>');
    expect(response.text).toContain('<p>The port <em>reopened</em> on Monday.</p>');
    expect(response.text).toContain('Draft preview: not published');
  });

  it('shows the published version or the newer draft, as the link asks', async () => {
    const article = await filed();
    const newer = unique('Corrected headline');
    await editor.put(`/api/articles/${article.documentId}?status=draft`, { data: { title: newer } }).expect(200);
    expect(
      (
        await http()
          .get(await previewLink(ARTICLE, article.documentId, 'published'))
          .expect(200)
      ).text,
    ).toContain(`<h1>${article.title}</h1>`);
    expect(
      (
        await http()
          .get(await previewLink(ARTICLE, article.documentId, 'draft'))
          .expect(200)
      ).text,
    ).toContain(`<h1>${newer}</h1>`);
  });

  it('sends a CSP that allows no script, and is never stored by a browser, a CDN or the delivery cache', async () => {
    const draft = await draftArticle({ deck: 'First deck.' });
    const url = await previewLink(ARTICLE, draft.documentId);
    const first = await http().get(url).expect(200);
    const csp = String(first.headers['content-security-policy']);
    expect(csp).toMatch(/^default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.headers.etag).toBeUndefined();
    await writeUnderneath(draft.documentId, { deck: 'Changed underneath.' });
    expect((await http().get(url).expect(200)).text).toContain('Changed underneath.');
  });

  it('refuses a tampered link, a link to another document and an expired link, saying why', async () => {
    const [draft, other] = [await draftArticle(), await draftArticle()];
    const url = await previewLink(ARTICLE, draft.documentId);
    const tampered = url.replace(/signature=(.)/, (_match, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`);
    expect((await http().get(tampered).expect(403)).body.error.message).toMatch(/not signed by this CMS/);
    await http().get(url.replace(draft.documentId, other.documentId)).expect(403);
    await http().get(url.replace('status=draft', 'status=published')).expect(403);
    await http()
      .get(url.replace(/&signature=.*$/, ''))
      .expect(403);
    const expired = signedByCms({ kind: 'articles', documentId: draft.documentId, status: 'draft', expires: nowSeconds() - 1 });
    expect((await http().get(expired).expect(403)).body.error.message).toMatch(/expired/);
  });

  it('answers a documentId that cannot be one with a 400 naming it, and a link whose query does not read as one with a 403', async () => {
    const expires = nowSeconds() + 60;
    const response = await http().get(`/api/previews/articles/not%20an%20id?status=draft&expires=${expires}&signature=x`).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['documentId']);
    const draft = await draftArticle();
    const url = signedByCms({ kind: 'articles', documentId: draft.documentId, status: 'draft', expires });
    const repeated = await http().get(url.replace('status=draft', 'status=draft&status=published')).expect(403);
    expect(repeated.body.error.message).toMatch(/incomplete/);
    await http()
      .get(url.replace(/expires=\d+/, 'expires[$gt]=0'))
      .expect(403);
  });

  it('answers 404 for a signed link to an unknown document, or to a version the document does not have', async () => {
    const expires = nowSeconds() + 60;
    await http()
      .get(signedByCms({ kind: 'articles', documentId: 'nosuchdocument0000000000', status: 'draft', expires }))
      .expect(404);
    const draft = await draftArticle();
    const response = await http()
      .get(signedByCms({ kind: 'articles', documentId: draft.documentId, status: 'published', expires }))
      .expect(404);
    expect(response.body.error.message).toMatch(/No such document/);
  });

  it('renders a hostile body and title written around the save path inert', async () => {
    const draft = await draftArticle({ body: 'Clean on save.' });
    const title = `${unique('Hostile')} <script>parent.__xss=1</script>`;
    await writeUnderneath(draft.documentId, { body: HOSTILE_BODY, title });
    const response = await http()
      .get(await previewLink(ARTICLE, draft.documentId))
      .expect(200);
    expect(activeContent(response.text)).toEqual([]);
    expect(response.text).not.toMatch(/<(script|iframe|svg)\b|=\s*"?\s*javascript:/i);
    expect(response.text).toContain(HARMLESS_TEXT);
    expect(response.text).toContain('&lt;script&gt;parent.__xss=1&lt;/script&gt;</h1>');
  });

  it("previews a fact check's claim, verdict, summary and sections", async () => {
    const data = {
      title: unique('Did the ferry fares double'),
      claimReviewed: 'Ferry fares doubled this summer.',
      verdict: 'mostly-false',
      summary: 'They rose by **a fifth**.',
      sections: [{ heading: 'The tariff', body: 'Published in May.' }],
    };
    const factCheck = (await editor.post('/api/fact-checks?status=draft', { data }).expect(201)).body.data;
    const response = await http()
      .get(await previewLink(FACT_CHECK, factCheck.documentId))
      .expect(200);
    expect(response.text).toContain(`<h1>${data.title}</h1>`);
    expect(response.text).toContain('Claim: Ferry fares doubled this summer.');
    expect(response.text).toContain('Verdict: Mostly false');
    expect(response.text).toContain('<p>They rose by <strong>a fifth</strong>.</p>');
    expect(response.text).toContain('<h2>The tariff</h2><p>Published in May.</p>');
  });
});
