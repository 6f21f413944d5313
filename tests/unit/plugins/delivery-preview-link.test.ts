import {
  PREVIEW_LIFETIME_SECONDS,
  checkPreview,
  previewHandler,
  previewKey,
  previewOrigins,
  previewUrl,
  type PreviewTarget,
} from '../../../src/plugins/delivery/server/src/domain/preview-link';

const SECRET = 'admin-jwt-secret-for-tests';
const NOW = 1_780_000_000;
const key = previewKey(SECRET);
const target: PreviewTarget = { kind: 'articles', documentId: 'abc123def456ghi789jkl012', status: 'draft', expires: NOW + 60 };

/** The query string of a preview link, as Koa hands it to the controller. */
const queryOf = (url: string): Record<string, string> => Object.fromEntries(new URL(url, 'http://cms.test').searchParams);

describe('previewUrl and checkPreview', () => {
  it('accepts a link it signed, for the document and status it names', () => {
    const url = previewUrl(key, target);
    expect(url).toMatch(/^\/api\/previews\/articles\/abc123def456ghi789jkl012\?status=draft&expires=\d+&signature=[\w-]+$/);
    expect(checkPreview(key, 'articles', target.documentId, queryOf(url), NOW)).toEqual({ ok: true, target });
  });

  it('puts the link under the CMS URL when it has one', () => {
    expect(previewUrl(key, target, { baseUrl: 'https://cms.example.org/' })).toMatch(/^https:\/\/cms\.example\.org\/api\/previews\/articles\//);
  });

  it.each([
    ['another document', (query: Record<string, string>) => ({ query, documentId: 'zzz123def456ghi789jkl012', kind: 'articles' as const })],
    ['another type', (query: Record<string, string>) => ({ query, documentId: target.documentId, kind: 'fact-checks' as const })],
    [
      'the published version',
      (query: Record<string, string>) => ({ query: { ...query, status: 'published' }, documentId: target.documentId, kind: 'articles' as const }),
    ],
    [
      'a later expiry',
      (query: Record<string, string>) => ({ query: { ...query, expires: String(NOW + 999_999) }, documentId: target.documentId, kind: 'articles' as const }),
    ],
    [
      'a changed signature',
      (query: Record<string, string>) => ({
        query: { ...query, signature: `${query.signature[0] === 'A' ? 'B' : 'A'}${query.signature.slice(1)}` },
        documentId: target.documentId,
        kind: 'articles' as const,
      }),
    ],
  ])('refuses a link reused for %s', (_case, tamper) => {
    const { query, documentId, kind } = tamper(queryOf(previewUrl(key, target)));
    expect(checkPreview(key, kind, documentId, query, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a link signed with another secret', () => {
    const query = queryOf(previewUrl(previewKey('another secret'), target));
    expect(checkPreview(key, 'articles', target.documentId, query, NOW)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses a genuine link once it has expired', () => {
    const query = queryOf(previewUrl(key, target));
    expect(checkPreview(key, 'articles', target.documentId, query, target.expires).ok).toBe(true);
    expect(checkPreview(key, 'articles', target.documentId, query, target.expires + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['no signature', { status: 'draft', expires: String(NOW) }],
    ['an unknown status', { status: 'archived', expires: String(NOW), signature: 'x' }],
    ['an expiry that is not a number', { status: 'draft', expires: '1e12', signature: 'x' }],
    ['repeated parameters', { status: ['draft', 'published'], expires: String(NOW), signature: 'x' }],
  ])('calls a link with %s malformed', (_case, query) => {
    expect(checkPreview(key, 'articles', target.documentId, query, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('previewKey', () => {
  it('derives a key that is not the secret itself, the same for the same secret', () => {
    expect(previewKey(SECRET).equals(previewKey(SECRET))).toBe(true);
    expect(previewKey(SECRET).toString('utf8')).not.toContain(SECRET);
    expect(previewKey(SECRET).equals(previewKey(`${SECRET}x`))).toBe(false);
  });

  it('refuses an empty secret', () => {
    expect(() => previewKey('')).toThrow(/non-empty secret/);
  });
});

describe('previewHandler', () => {
  const handler = previewHandler({ secret: SECRET, now: () => NOW * 1000 });

  it('links an article or a fact check to its signed preview, valid for the preview lifetime', () => {
    for (const [uid, kind] of [
      ['api::article.article', 'articles'],
      ['api::fact-check.fact-check', 'fact-checks'],
    ] as const) {
      const url = handler(uid, { documentId: target.documentId, status: 'published' }) as string;
      expect(url.startsWith(`/api/previews/${kind}/${target.documentId}?status=published&expires=${NOW + PREVIEW_LIFETIME_SECONDS}&`)).toBe(true);
      expect(checkPreview(key, kind, target.documentId, queryOf(url), NOW + PREVIEW_LIFETIME_SECONDS).ok).toBe(true);
    }
  });

  it('previews the draft unless the published version is asked for', () => {
    expect(queryOf(handler('api::article.article', { documentId: target.documentId }) as string).status).toBe('draft');
  });

  it('gives no preview for other types, or without a document', () => {
    expect(handler('api::category.category', { documentId: target.documentId, status: 'draft' })).toBeNull();
    expect(handler('api::article.article', { status: 'draft' })).toBeNull();
  });
});

describe('previewOrigins', () => {
  it("lets the admin frame its own origin, and the CMS's public one when it has one", () => {
    expect(previewOrigins('')).toEqual(["'self'"]);
    expect(previewOrigins('https://cms.example.org/base/')).toEqual(["'self'", 'https://cms.example.org']);
  });
});
