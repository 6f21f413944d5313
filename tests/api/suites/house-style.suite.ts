import { publishArticle } from '../../helpers/editorial';
import { adminSession, http, unique } from '../../helpers/http';

const SENTENCE = 'The organization said 45% of voters — on February 9, 2026 — agreed.';

const as = (token: string) => ({
  get: (url: string) => http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: unknown) =>
    http()
      .post(url)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object),
  put: (url: string, body: unknown) =>
    http()
      .put(url)
      .set('Authorization', `Bearer ${token}`)
      .send(body as object),
});
const fieldPaths = (body: { error: { details: { errors: Array<{ path: string[] }> } } }) => body.error.details.errors.map((error) => error.path.join('.'));

interface Advisory {
  rule: string;
  field: string;
  message: string;
  start: number;
  end: number;
  suggestion?: string;
}

describe('House style: checking a text', () => {
  let reporter: ReturnType<typeof as>;

  beforeAll(async () => {
    reporter = as((await adminSession('provenance-reporter')).token);
  });

  it("answers the advisories for the issue's sentence, each with the exact range and a suggestion", async () => {
    const response = await reporter.post('/house-style/check', { markdown: SENTENCE }).expect(200);
    const advisories = response.body.advisories as Advisory[];
    expect(advisories.map((advisory) => [advisory.rule, SENTENCE.slice(advisory.start, advisory.end), advisory.suggestion])).toEqual([
      ['uk-spelling', 'organization', 'organisation'],
      ['per-cent', '45%', '45 per cent'],
      ['us-date', 'February 9, 2026', '9 February 2026'],
    ]);
    expect(advisories[2].message).toBe('European date format: 9 February 2026. Never February 9, 2026.');
  });

  it('checks the headline too, with offsets in the headline', async () => {
    const title = 'Defense talks stall';
    const response = await reporter.post('/house-style/check', { markdown: 'Body.', title }).expect(200);
    expect(response.body.advisories).toEqual([expect.objectContaining({ rule: 'uk-spelling', field: 'title', start: 0, end: 7, suggestion: 'Defence' })]);
  });

  it('answers an empty list for a text in house style', async () => {
    const markdown = 'The organisation said 45 per cent of voters — on 9 February 2026 — agreed.';
    expect((await reporter.post('/house-style/check', { markdown }).expect(200)).body).toEqual({ advisories: [] });
  });

  it.each(['provenance-chief-editor', 'provenance-section-editor', 'provenance-fact-checker'])('lets a %s check a text', async (role) => {
    const session = as((await adminSession(role)).token);
    await session.post('/house-style/check', { markdown: SENTENCE }).expect(200);
  });

  it('refuses someone not signed in to the admin panel (401)', async () => {
    await http().post('/house-style/check').send({ markdown: SENTENCE }).expect(401);
  });
});

describe('House style: bad input', () => {
  let reporter: ReturnType<typeof as>;

  beforeAll(async () => {
    reporter = as((await adminSession('provenance-reporter')).token);
  });

  it.each([
    ['no markdown', {}, ['markdown']],
    ['a number for markdown', { markdown: 42 }, ['markdown']],
    ['a body past the cap', { markdown: 'a'.repeat(100_001) }, ['markdown']],
    ['an object for the title', { markdown: 'Fine.', title: { text: 'x' } }, ['title']],
  ])('answers 400 naming the field for %s', async (_, body, paths) => {
    const response = await reporter.post('/house-style/check', body).expect(400);
    expect(fieldPaths(response.body)).toEqual(paths);
  });

  it('answers 400 for a body that is a list', async () => {
    await reporter.post('/house-style/check', ['markdown']).expect(400);
  });

  it.each([
    ['unclosed markup', '[<mark>"open **quote `code [link](http://x.org/((('],
    ['deep nesting', `${'> - '.repeat(200)}text`],
    ['control characters and lone surrogates', 'A\u0000B\uD800 organization\u202E!'],
    ['only whitespace', '   \n\n\t'],
  ])('never fails on %s', async (_, markdown) => {
    const response = await reporter.post('/house-style/check', { markdown }).expect(200);
    for (const advisory of response.body.advisories as Advisory[]) {
      expect(advisory.start).toBeGreaterThanOrEqual(0);
      expect(advisory.end).toBeLessThanOrEqual(markdown.length);
    }
  });
});

describe('House style: settings', () => {
  let chief: ReturnType<typeof as>;
  let reporter: ReturnType<typeof as>;

  beforeAll(async () => {
    chief = as((await adminSession('provenance-chief-editor')).token);
    reporter = as((await adminSession('provenance-reporter')).token);
  });

  it('lets every signed-in role read the settings, and only the settings permission change them', async () => {
    const read = await reporter.get('/house-style/settings').expect(200);
    expect(read.body.data.rules['per-cent']).toBe(true);
    await reporter.put('/house-style/settings', { rules: { 'per-cent': false } }).expect(403);
  });

  it('applies a rule switched off in Settings to the next check, and switched on again', async () => {
    await chief.put('/house-style/settings', { rules: { 'per-cent': false } }).expect(200);
    const off = await reporter.post('/house-style/check', { markdown: SENTENCE }).expect(200);
    await chief.put('/house-style/settings', { rules: { 'per-cent': true } }).expect(200);
    expect((off.body.advisories as Advisory[]).map((advisory) => advisory.rule)).not.toContain('per-cent');
    const on = await reporter.post('/house-style/check', { markdown: SENTENCE }).expect(200);
    expect((on.body.advisories as Advisory[]).map((advisory) => advisory.rule)).toContain('per-cent');
  });

  it('refuses unknown rules and wrong values, naming them', async () => {
    const response = await chief.put('/house-style/settings', { rules: { 'oxford-comma': true }, wordsPerQuote: 'many' }).expect(400);
    expect(fieldPaths(response.body)).toEqual(['rules.oxford-comma', 'wordsPerQuote']);
  });
});

describe('House style: advice, never a gate', () => {
  it('publishes an article full of house-style slips', async () => {
    const response = await publishArticle({ title: unique('Organization'), body: `${SENTENCE}\n\n- a list!\n\n> A block quote.` });
    expect(response.body.data.body).toContain('February 9, 2026');
  });
});
