import request from 'supertest';
import { freePort } from '../../../bench/lib/processes';
import { startVarnish, type RunningVarnish } from '../../../bench/lib/varnish';
import { chiefEditorToken } from '../../helpers/editorial';
import { apiToken, unique } from '../../helpers/http';
import { startSecondInstance, type SecondInstance } from '../../helpers/second-instance-process';

const PURGE_WAIT_MS = 1500;

interface Seen {
  status: number;
  cache: string | null;
  headers: Headers;
  body: { data?: { title?: string; deck?: string } };
}

/**
 * Varnish (deploy/varnish/default.vcl) in front of a CMS started with the CDN settings a deployment would give it
 * (tag headers, a CDN max age of five minutes, this Varnish as its purger), on the test run's database. Every write goes
 * to that CMS, every read through Varnish: what a reader sees after a write is what the purge made of Varnish's copy,
 * since Varnish would otherwise keep it for five minutes.
 */
describe('CDN: Varnish in front of the CMS, purged by tag', () => {
  let cms: SecondInstance;
  let varnish: RunningVarnish;
  let token: string;

  const write = (method: 'post' | 'put', path: string, data: Record<string, unknown>) =>
    request(cms.origin)[method](path).set('Authorization', `Bearer ${token}`).send({ data });
  const stage = async (documentId: string, to: string) =>
    request(cms.origin)
      .post(`/editorial/articles/${documentId}/stage`)
      .set('Authorization', `Bearer ${await chiefEditorToken()}`)
      .send({ to })
      .expect(200);

  async function publish(data: Record<string, unknown>): Promise<{ documentId: string; slug: string; title: string }> {
    const draft = (await write('post', '/api/articles?status=draft', data).expect(201)).body.data;
    for (const to of ['in-review', 'approved']) await stage(draft.documentId, to);
    return (await write('put', `/api/articles/${draft.documentId}?status=published`, {}).expect(200)).body.data;
  }

  async function throughVarnish(path: string, headers: Record<string, string> = {}): Promise<Seen> {
    const answer = await fetch(`${varnish.origin}${path}`, { headers });
    const text = await answer.text();
    return {
      status: answer.status,
      cache: answer.headers.get('x-cache'),
      headers: answer.headers,
      body: answer.ok && text.startsWith('{') ? JSON.parse(text) : {},
    };
  }

  /** Reads until Varnish holds the answer (the first read fills it), and returns the held answer. */
  async function warm(path: string): Promise<Seen> {
    await throughVarnish(path);
    const held = await throughVarnish(path);
    expect(held.cache).toBe('HIT');
    return held;
  }

  beforeAll(async () => {
    const port = await freePort();
    cms = await startSecondInstance({
      ...process.env,
      CDN_TAG_HEADERS: 'xkey,Surrogate-Key,Cache-Tag',
      CDN_MAX_AGE: '300',
      CDN_PURGE_VARNISH_URLS: `http://127.0.0.1:${port}`,
      CDN_PURGE_WAIT_MS: String(PURGE_WAIT_MS),
    });
    varnish = await startVarnish({ port, backendPort: Number(new URL(cms.origin).port) });
    token = await apiToken('full-access');
  }, 120000);

  afterAll(async () => {
    await varnish?.stop();
    await cms?.stop();
  });

  it('tags a public answer for the CDN and tells it how long to keep it, and tells browsers to revalidate', async () => {
    const article = await publish({ title: unique('Tagged story') });
    const direct = await request(cms.origin).get(`/api/articles/by-slug/${article.slug}`).expect(200);
    expect(direct.headers.xkey.split(' ')).toEqual(expect.arrayContaining(['all', `doc:api::article.article:${article.documentId}`]));
    expect(direct.headers['surrogate-key']).toBe(direct.headers.xkey);
    expect(direct.headers['cache-tag']).toBe(direct.headers.xkey.replace(/ /g, ','));
    expect(direct.headers['surrogate-control']).toBe('max-age=300');
    expect(direct.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=300');
    const signedIn = await request(cms.origin).get(`/api/articles/by-slug/${article.slug}`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
    expect(signedIn.headers.xkey).toBeUndefined();
    expect(signedIn.headers['surrogate-control']).toBeUndefined();
  });

  it('tags a core find list for the CDN with the lists it could show and the public role it answers by', async () => {
    const list = await request(cms.origin).get('/api/articles?populate[kicker]=true&pagination[pageSize]=1').expect(200);
    expect(list.headers.xkey.split(' ')).toEqual(expect.arrayContaining(['all', 'list:api::article.article', 'list:api::kicker.kicker', 'access:public']));
    expect(list.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=300');
  });

  it('serves a warm by-slug from Varnish without the CMS seeing the request, and keeps the keys to itself', async () => {
    const article = await publish({ title: unique('Warm story') });
    const path = `/api/articles/by-slug/${article.slug}`;
    await warm(path);
    const before = await varnish.backendRequests();
    const held = await throughVarnish(path);
    expect(held.cache).toBe('HIT');
    expect(await varnish.backendRequests()).toBe(before);
    expect(held.body.data?.title).toBe(article.title);
    for (const header of ['xkey', 'surrogate-key', 'surrogate-control', 'cache-tag']) expect(held.headers.get(header)).toBeNull();
    expect(held.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  it('answers a cross-origin read through Varnish with its CORS headers, though a plain read filled the cache', async () => {
    const article = await publish({ title: unique('Cross-origin story') });
    const path = `/api/articles/by-slug/${article.slug}`;
    await warm(path);
    const browser = await throughVarnish(path, { Origin: 'https://reader.example.org' });
    expect(browser.status).toBe(200);
    expect(browser.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(browser.headers.get('vary')).toMatch(/origin/i);
  });

  it('shows a publish through Varnish on the next read, in the feed it had cached and at its new address', async () => {
    await warm('/api/feeds/feed.json');
    const title = unique('Published behind Varnish');
    const slugBefore = (await throughVarnish(`/api/articles/by-slug/never-there-${Date.now()}`)).status;
    expect(slugBefore).toBe(404);
    const article = await publish({ title });
    expect((await fetch(`${varnish.origin}/api/feeds/feed.json`).then((answer) => answer.text())).includes(title)).toBe(true);
    expect((await throughVarnish(`/api/articles/by-slug/${article.slug}`)).body.data?.title).toBe(title);
  });

  it('shows an unpublish through Varnish on the next read', async () => {
    const article = await publish({ title: unique('Withdrawn behind Varnish') });
    const path = `/api/articles/by-slug/${article.slug}`;
    await warm(path);
    await request(cms.origin)
      .post(`/content-manager/collection-types/api::article.article/${article.documentId}/actions/unpublish`)
      .set('Authorization', `Bearer ${await chiefEditorToken()}`)
      .send({})
      .expect(200);
    expect((await throughVarnish(path)).status).toBe(404);
  });

  it('shows a rename (the title edited and published) through Varnish on the next read', async () => {
    const article = await publish({ title: unique('Old headline') });
    const path = `/api/articles/by-slug/${article.slug}`;
    expect((await warm(path)).body.data?.title).toBe(article.title);
    const renamed = unique('New headline');
    await write('put', `/api/articles/${article.documentId}`, { title: renamed }).expect(200);
    expect((await throughVarnish(path)).body.data?.title).toBe(renamed);
  });

  it('serves readers the published version through Varnish after a draft-only save', async () => {
    const article = await publish({ title: unique('Draft-saved story'), deck: 'The published standfirst.' });
    const path = `/api/articles/by-slug/${article.slug}`;
    await warm(path);
    await write('put', `/api/articles/${article.documentId}?status=draft`, { deck: 'A standfirst still in draft.' }).expect(200);
    const seen = await throughVarnish(path);
    expect(seen.status).toBe(200);
    // Nothing was purged: a draft is not readers' business, so Varnish still holds the page.
    expect(seen.cache).toBe('HIT');
    expect(seen.body.data?.deck).toBe('The published standfirst.');
  });

  // Last: it stops Varnish.
  it('saves without error and without waiting much beyond the bound when Varnish is down', async () => {
    const article = await publish({ title: unique('Saved while Varnish is down') });
    await varnish.stop();
    const started = Date.now();
    await write('put', `/api/articles/${article.documentId}`, { title: unique('Renamed while Varnish is down') }).expect(200);
    // Unbounded, the save would wait for every retry (about half a minute); the bound is the purge wait.
    expect(Date.now() - started).toBeLessThan(PURGE_WAIT_MS + 3000);
  });
});
