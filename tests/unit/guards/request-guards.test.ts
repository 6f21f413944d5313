import { MAX_BODY_DEPTH, nestsDeeperThan } from '../../../src/guards/body-depth';
import { conflictMessage, parseVersion, saveTarget } from '../../../src/guards/edit-version';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { child: value };
  return value;
};

describe('Request guards: body depth', () => {
  it('accepts a body exactly as deep as the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH), MAX_BODY_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH)).toBe(true);
  });

  it('measures a million levels without running out of stack', () => {
    expect(nestsDeeperThan(nested(1_000_000), MAX_BODY_DEPTH)).toBe(true);
  });

  it('counts the deepest branch, not the widest', () => {
    expect(nestsDeeperThan({ data: Array.from({ length: 10_000 }, () => ({ a: 1 })) }, 3)).toBe(false);
  });
});

describe('Request guards: which requests save a document', () => {
  it('reads Content API and Content Manager saves', () => {
    expect(saveTarget('PUT', '/api/articles/abc123')).toEqual({ api: 'content-api', pluralName: 'articles', documentId: 'abc123' });
    expect(saveTarget('PUT', '/content-manager/collection-types/api::article.article/abc123')).toEqual({
      api: 'content-manager',
      uid: 'api::article.article',
      documentId: 'abc123',
    });
    expect(saveTarget('POST', '/content-manager/collection-types/api::article.article/abc123/actions/publish')?.documentId).toBe('abc123');
  });

  it('ignores reads, creates and other routes', () => {
    expect(saveTarget('GET', '/api/articles/abc123')).toBeUndefined();
    expect(saveTarget('POST', '/api/articles')).toBeUndefined();
    expect(saveTarget('PUT', '/api/articles/by-slug/abc')).toBeUndefined();
    expect(saveTarget('POST', '/content-manager/collection-types/api::article.article/abc123')).toBeUndefined();
  });
});

describe('Request guards: versions and conflicts', () => {
  it('reads an ISO timestamp and refuses anything else', () => {
    expect(parseVersion('2026-11-30T09:15:00.000Z')?.toISOString()).toBe('2026-11-30T09:15:00.000Z');
    for (const value of ['yesterday', '1796031562958', { $gt: 0 }, null, '2026-13-45T99:99:99Z']) expect(parseVersion(value)).toBeUndefined();
  });

  it('tells the editor who changed the document, when, and that nothing was saved', () => {
    const message = conflictMessage({
      noun: 'article',
      yourVersion: new Date('2026-11-30T09:00:00Z'),
      currentVersion: new Date('2026-11-30T09:12:30Z'),
      changedBy: 'Ana Petrović',
    });
    expect(message).toBe(
      'This article was changed by Ana Petrović at 2026-11-30 09:12 UTC, after you opened it. Nothing was saved: reload it to see those changes, then make yours again.',
    );
  });
});
