import fs from 'fs';
import path from 'path';
import { parseFactCheckText } from '../../src/importer/domain/fact-check-text';
import { citationFindings, citedNumbersIn, type CitingText } from '../../src/plugins/sourcing/server/src/domain/citations';
import { NEWSROOM_ROLES } from '../../src/roles/newsroom-roles';
import { baseUrlOf, chooseArticle, chooseDraftToPreview, closingLines, demoLinks, demoManifestSchema } from '../../scripts/demo/closing';
import { completionUpdate, DEMO_FACT_CHECK, withoutLeakedTokens, type StoredFactCheck } from '../../scripts/demo/fact-check-completion';
import { DEMO_USERS, demoCredentials } from '../../scripts/demo/role-users';

const FACT_CHECKS = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures', 'factchecks');

const envFor = (users = DEMO_USERS) =>
  Object.fromEntries(
    users.flatMap((user) => [
      [`DEMO_${user.envPrefix}_EMAIL`, `${user.envPrefix}@Example.com`],
      [`DEMO_${user.envPrefix}_PASSWORD`, `Pw-${user.envPrefix}-1`],
    ]),
  );

describe('the demo users', () => {
  it('are the Super Admin and one user for every newsroom role', () => {
    expect(DEMO_USERS.map((user) => user.roleCode)).toEqual([null, ...NEWSROOM_ROLES.map((role) => role.code)]);
  });

  it('make the section editor an editor of Politics only', () => {
    expect(DEMO_USERS.filter((user) => user.sections.length > 0).map((user) => [user.label, user.sections])).toEqual([
      ['Section editor (Politics)', ['politics']],
    ]);
  });

  it('take their e-mails (lower-cased) and passwords from the environment', () => {
    const [admin] = demoCredentials(envFor());
    expect([admin.email, admin.password]).toEqual(['admin@example.com', 'Pw-ADMIN-1']);
  });

  it('name every variable that is missing', () => {
    const env = { ...envFor(), DEMO_REPORTER_PASSWORD: '', DEMO_FACT_CHECKER_EMAIL: undefined };
    expect(() => demoCredentials(env)).toThrow('DEMO_REPORTER_PASSWORD, DEMO_FACT_CHECKER_EMAIL must be set in .env');
  });

  it('refuse two users sharing an e-mail, whose accounts would be one', () => {
    expect(() => demoCredentials({ ...envFor(), DEMO_REPORTER_EMAIL: 'admin@EXAMPLE.com' })).toThrow('admin@example.com is given twice');
  });
});

describe('completing the demo fact check', () => {
  const imported = parseFactCheckText(fs.readFileSync(path.join(FACT_CHECKS, `${DEMO_FACT_CHECK.slug}.txt`), 'utf8'), DEMO_FACT_CHECK.slug);
  const texts = (factCheck: StoredFactCheck): CitingText[] => [
    ...(['summary', 'bottomLine', 'limitations'] as const).flatMap((field) => (factCheck[field] ? [{ path: [field], text: factCheck[field] as string }] : [])),
    ...(factCheck.sections ?? []).flatMap((section, index) => [
      { path: ['sections', index, 'heading'], text: section.heading },
      { path: ['sections', index, 'body'], text: section.body ?? '' },
    ]),
  ];
  // The draft as the importer leaves it: an empty citation for every number the text cites.
  const draft: StoredFactCheck = { ...imported, citations: citedNumbersIn(texts(imported)).map((number) => ({ number, source: null })) };
  const sourceIds = new Map(DEMO_FACT_CHECK.sources.map((source) => [source.number, `source-${source.number}`]));
  const findings = (factCheck: StoredFactCheck) =>
    citationFindings(
      texts(factCheck),
      (factCheck.citations ?? []).map((citation) => ({ number: citation.number, hasSource: !!citation.source })),
    );

  it('starts from a draft the citations gate refuses', () => {
    expect(new Set(findings(draft).map((finding) => finding.code))).toEqual(new Set(['citation-without-source', 'leaked-token']));
  });

  it('leaves nothing for the citations gate to refuse', () => {
    const update = completionUpdate(draft, DEMO_FACT_CHECK, sourceIds) as Record<string, unknown>;
    const citations = (update.citations as Array<{ number: number; source: string }>).map(({ number, source }) => ({ number, source: { documentId: source } }));
    const completed: StoredFactCheck = { ...draft, ...update, citations };
    expect(findings(completed)).toEqual([]);
    expect([completed.verdict, completed.claimReviewed]).toEqual([DEMO_FACT_CHECK.verdict, DEMO_FACT_CHECK.claimReviewed]);
  });

  it('sends nothing when an earlier run completed the draft', () => {
    const update = completionUpdate(draft, DEMO_FACT_CHECK, sourceIds) as Record<string, unknown>;
    const citations = (update.citations as Array<{ number: number; source: string; note: string }>).map((citation) => ({
      ...citation,
      source: { documentId: citation.source },
    }));
    expect(completionUpdate({ ...draft, ...update, citations }, DEMO_FACT_CHECK, sourceIds)).toBeNull();
  });

  it('refuses a cited number it has no source for', () => {
    const withExtra = { ...draft, citations: [...(draft.citations ?? []), { number: 12, source: null }] };
    expect(() => completionUpdate(withExtra, DEMO_FACT_CHECK, sourceIds)).toThrow('no source for citation [12]');
  });

  it.each([
    ['(not found in current reporting; p1_s4).', '(not found in current reporting).'],
    ['as reported p2_s10 and elsewhere', 'as reported and elsewhere'],
    ['(p1_s4) The end.', ' The end.'],
    ['No token [1].', 'No token [1].'],
  ])('cuts the leaked token from %j', (text, expected) => {
    expect(withoutLeakedTokens(text)).toBe(expected);
  });
});

describe('the closing lines', () => {
  const base = baseUrlOf('http://localhost:1337/', 1337);
  const links = demoLinks({
    base,
    articleSlug: 'kfor-downscaling',
    factCheckSlug: 'us-mission-in-kfor',
    preview: { label: 'Draft preview', url: '/api/previews/articles/abc?status=draft&expires=1&signature=x' },
  });

  it('use PUBLIC_URL as the base, or localhost on the port without one', () => {
    expect([base, baseUrlOf('', 8080), baseUrlOf(undefined, 1337)]).toEqual(['http://localhost:1337', 'http://localhost:8080', 'http://localhost:1337']);
  });

  it('list the routes the delivery and sourcing plugins serve', () => {
    expect(links.map((link) => link.url.replace(base, ''))).toEqual([
      '/admin',
      '/api/articles',
      '/api/articles/by-slug/kfor-downscaling',
      '/api/sourcing/articles/kfor-downscaling/annotations',
      '/api/fact-checks/by-slug/us-mission-in-kfor',
      '/api/fact-checks/by-slug/us-mission-in-kfor/jsonld',
      '/api/feeds/rss.xml',
      '/api/previews/articles/abc?status=draft&expires=1&signature=x',
    ]);
  });

  it('keep an absolute preview link as the preview handler made it', () => {
    const preview = { label: 'Draft preview', url: 'https://cms.example.org/api/previews/articles/abc?status=draft' };
    expect(demoLinks({ base, articleSlug: 'a', factCheckSlug: 'f', preview }).at(-1)?.url).toBe(preview.url);
  });

  it('show every e-mail, password and address', () => {
    const manifest = demoManifestSchema.parse({ base, users: [{ label: 'Reporter', email: 'reporter@example.com', password: 'Pw-1' }], links });
    const text = closingLines(manifest).join('\n');
    for (const expected of ['reporter@example.com', 'Pw-1', ...links.map((link) => link.url)]) expect(text).toContain(expected);
  });

  it('show the published article with the most highlights, then the newest', () => {
    expect(
      chooseArticle([
        { slug: 'placeholder-one', datePublished: '2026-01-01T00:00:00.000Z', highlights: 0 },
        { slug: 'kfor-downscaling', datePublished: '2026-02-19T00:00:00.000Z', highlights: 4 },
        { slug: 'older-with-four', datePublished: '2025-02-19T00:00:00.000Z', highlights: 4 },
      ]),
    ).toBe('kfor-downscaling');
    expect(chooseArticle([])).toBeNull();
  });

  it('preview a draft that was never published', () => {
    const drafts = [
      { documentId: 'b', slug: 'placeholder-one' },
      { documentId: 'c', slug: 'dodik-proxy' },
      { documentId: 'a', slug: 'alpha' },
    ];
    expect(chooseDraftToPreview(drafts, new Set(['a']))).toEqual({ documentId: 'c', slug: 'dodik-proxy' });
    expect(chooseDraftToPreview(drafts, new Set(['a', 'b', 'c']))).toBeNull();
  });
});
