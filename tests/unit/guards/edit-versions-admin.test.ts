import { createVersionBook, documentRequest, sendEditVersions } from '../../../src/admin/edit-versions';

const DOC = '/content-manager/collection-types/api::article.article/abc123';
const loaded = (updatedAt: string) => ({ data: { documentId: 'abc123', updatedAt } });

describe('Admin edit versions: which requests are a document', () => {
  it('reads the type and document of a load, a save and a publish', () => {
    expect(documentRequest(`${DOC}?status=draft`)).toEqual({ key: 'api::article.article/abc123', publish: false, publishedVersion: false });
    expect(documentRequest(`http://cms.local${DOC}/actions/publish`)?.publish).toBe(true);
    expect(documentRequest(`${DOC}?status=published`)?.publishedVersion).toBe(true);
  });

  it('ignores lists, other actions and other APIs', () => {
    expect(documentRequest('/content-manager/collection-types/api::article.article')).toBeUndefined();
    expect(documentRequest(`${DOC}/actions/unpublish`)).toBeUndefined();
    expect(documentRequest('/api/articles/abc123')).toBeUndefined();
  });
});

describe('Admin edit versions: the book of versions', () => {
  it('sends with a save the version of the draft this tab loaded', () => {
    const book = createVersionBook();
    book.remember(DOC, 'GET', loaded('2026-11-30T09:00:00.000Z'));
    expect(JSON.parse(book.stamp(DOC, 'PUT', '{"title":"T"}'))).toEqual({ title: 'T', updatedAt: '2026-11-30T09:00:00.000Z' });
    expect(JSON.parse(book.stamp(`${DOC}/actions/publish`, 'POST', '{}')).updatedAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('moves on to the version its own save answered', () => {
    const book = createVersionBook();
    book.remember(DOC, 'GET', loaded('2026-11-30T09:00:00.000Z'));
    book.remember(DOC, 'PUT', loaded('2026-11-30T09:05:00.000Z'));
    expect(JSON.parse(book.stamp(DOC, 'PUT', '{}')).updatedAt).toBe('2026-11-30T09:05:00.000Z');
  });

  it('does not take the published version or a publish answer for the draft', () => {
    const book = createVersionBook();
    book.remember(DOC, 'GET', loaded('2026-11-30T09:00:00.000Z'));
    book.remember(`${DOC}?status=published`, 'GET', loaded('2026-11-30T09:30:00.000Z'));
    book.remember(`${DOC}/actions/publish`, 'POST', loaded('2026-11-30T09:31:00.000Z'));
    expect(JSON.parse(book.stamp(DOC, 'PUT', '{}')).updatedAt).toBe('2026-11-30T09:00:00.000Z');
  });

  it('leaves a save of a document it never loaded, and every other request, as it was', () => {
    const book = createVersionBook();
    expect(book.stamp(DOC, 'PUT', '{"title":"T"}')).toBe('{"title":"T"}');
    book.remember(DOC, 'GET', loaded('2026-11-30T09:00:00.000Z'));
    expect(book.stamp(`${DOC}/actions/unpublish`, 'POST', '{}')).toBe('{}');
    expect(book.stamp(DOC, 'GET', '{}')).toBe('{}');
  });
});

describe('Admin edit versions: the fetch wrapper', () => {
  it('stamps the save with the version the load answered', async () => {
    const sent: Array<{ url: string; body?: string }> = [];
    const target = {
      fetch: (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        sent.push({ url: String(input), body: init?.body as string | undefined });
        return new Response(JSON.stringify(loaded('2026-11-30T09:00:00.000Z')), { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch,
    };
    sendEditVersions(target);
    await target.fetch(DOC);
    await target.fetch(DOC, { method: 'PUT', body: '{"deck":"D"}' });
    expect(JSON.parse(sent[1].body ?? '{}')).toEqual({ deck: 'D', updatedAt: '2026-11-30T09:00:00.000Z' });
  });
});
