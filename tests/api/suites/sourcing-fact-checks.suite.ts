import { adminSession, editor, http, unique } from '../../helpers/http';
import { factCheckText } from '../../helpers/fixtures';

interface Citation {
  number: number;
  source: { documentId: string } | null;
}

const CITATIONS = 'populate[citations][populate][source][fields][0]=url';

async function createFactCheck(data: Record<string, unknown>) {
  const response = await editor.post('/api/fact-checks?status=draft', { data: { ...data, title: unique(String(data.title ?? 'Fact check')) } }).expect(201);
  return response.body.data as { documentId: string };
}

async function citationsOf(documentId: string): Promise<Citation[]> {
  const response = await editor.get(`/api/fact-checks/${documentId}?status=draft&${CITATIONS}`).expect(200);
  return response.body.data.citations;
}

async function createSources(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const path = unique('source').replace(/\W+/g, '-');
    const response = await editor.post('/api/sources', { data: { url: `https://example.org/${path}` } }).expect(201);
    ids.push(response.body.data.documentId);
  }
  return ids;
}

const publish = (documentId: string, data: Record<string, unknown> = {}) => editor.put(`/api/fact-checks/${documentId}?status=published`, { data });

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const pathsOf = (response: { body: { error: { details: { errors: Array<{ path: string[] }> } } } }) =>
  response.body.error.details.errors.map((error) => error.path.join('.'));

describe('Sourcing: fact-check citations', () => {
  it.each([
    ['us-mission-in-kfor.txt', 11],
    ['why-is-the-us-in-kosovo.txt', 8],
  ])('numbers the citations of %s 1 to %i, each waiting for its source', async (file, count) => {
    const factCheck = await createFactCheck(factCheckText(file));
    const citations = await citationsOf(factCheck.documentId);
    expect(citations.map((citation) => citation.number)).toEqual(range(count));
    expect(citations.every((citation) => citation.source === null)).toBe(true);
  });

  it('refuses to publish the fixture while p1_s4 leaks and citations lack sources, marking each field', async () => {
    const factCheck = await createFactCheck(factCheckText('us-mission-in-kfor.txt'));
    const response = await publish(factCheck.documentId).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    const paths = pathsOf(response);
    expect(paths).toContain('sections.5.body');
    expect(paths).toEqual(expect.arrayContaining(range(11).map((number) => `citations.${number - 1}.source`)));
    expect(response.body.error.details.errors.find((e: { path: string[] }) => e.path.join('.') === 'sections.5.body').message).toContain('p1_s4');
    await editor.get(`/api/fact-checks/${factCheck.documentId}`).expect(404);
  });

  it('publishes the fixture once every citation has a source and the leaked token is gone', async () => {
    const text = factCheckText('us-mission-in-kfor.txt');
    const factCheck = await createFactCheck(text);
    const sources = await createSources(11);
    const sections = text.sections.map((section) => ({ ...section, body: section.body.replace(/;\s*p1_s4/, '') }));
    const citations = sources.map((source, index) => ({ number: index + 1, source }));
    await publish(factCheck.documentId, { sections, citations }).expect(200);
    const published = await http().get(`/api/fact-checks/${factCheck.documentId}?${CITATIONS}`).expect(200);
    expect(published.body.data.citations.map((citation: Citation) => citation.source?.documentId)).toEqual(sources);
    const source = await http().get(`/api/sources/${sources[0]}?populate[factChecks][fields][0]=title`).expect(200);
    expect(source.body.data.factChecks).toHaveLength(1);
  });

  it('refuses a source listed but never cited, naming its citation number', async () => {
    const [cited, uncited] = await createSources(2);
    const factCheck = await createFactCheck({
      summary: 'A claim [1].',
      citations: [
        { number: 1, source: cited },
        { number: 2, source: uncited },
      ],
    });
    const response = await publish(factCheck.documentId).expect(400);
    expect(pathsOf(response)).toEqual(['citations.1.number']);
  });

  it('refuses a citation number listed twice', async () => {
    const [first, second] = await createSources(2);
    const factCheck = await createFactCheck({
      summary: 'A claim [1].',
      citations: [
        { number: 1, source: first },
        { number: 1, source: second },
      ],
    });
    const response = await publish(factCheck.documentId).expect(400);
    expect(pathsOf(response)).toEqual(['citations.1.number']);
  });

  it('keeps the chosen sources when the text gains a citation, adding an empty entry for the new number', async () => {
    const [source] = await createSources(1);
    const factCheck = await createFactCheck({ summary: 'A claim [1].', citations: [{ number: 1, source }] });
    await editor.put(`/api/fact-checks/${factCheck.documentId}?status=draft`, { data: { summary: 'A claim [1]. Another [2].' } }).expect(200);
    const citations = await citationsOf(factCheck.documentId);
    expect(citations.map((citation) => [citation.number, citation.source?.documentId ?? null])).toEqual([
      [1, source],
      [2, null],
    ]);
  });

  it('sanitizes fact-check text on save', async () => {
    const factCheck = await createFactCheck({
      summary: 'Claim<script>alert(1)</script> [1].',
      sections: [{ heading: 'One', body: '<img src=x onerror=alert(1)>Text <a href="javascript:alert(1)">x</a>' }],
    });
    const response = await editor.get(`/api/fact-checks/${factCheck.documentId}?status=draft&populate=sections`).expect(200);
    expect(response.body.data.summary).toBe('Claim [1].');
    expect(response.body.data.sections[0].body).not.toMatch(/onerror|javascript:|<img/);
  });
});

describe('Sourcing: the editor side panel report', () => {
  it("lists a fact check's citations and what blocks publishing, for an editor", async () => {
    const factCheck = await createFactCheck({ summary: 'A claim [1] p2_s3.' });
    const { token } = await adminSession('provenance-chief-editor');
    const response = await http().get(`/sourcing/fact-checks/${factCheck.documentId}/report`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.body.data.citations).toEqual([{ number: 1, note: null, source: null }]);
    expect(response.body.data.findings.map((finding: { code: string }) => finding.code).sort()).toEqual(['citation-without-source', 'leaked-token']);
  });

  it('refuses the report to a caller who is not signed in to the admin panel', async () => {
    const factCheck = await createFactCheck({ summary: 'A claim [1].' });
    await http().get(`/sourcing/fact-checks/${factCheck.documentId}/report`).expect(401);
  });
});

describe('Sourcing: bad input at the boundary', () => {
  it.each(['articles', 'fact-checks'])('answers a %s report for a documentId that cannot be one with a 400 naming it', async (kind) => {
    const { token } = await adminSession('provenance-chief-editor');
    for (const documentId of ['not%20an%20id', 'x'.repeat(65)]) {
      const response = await http().get(`/sourcing/${kind}/${documentId}/report`).set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual(['documentId']);
    }
  });

  it('answers annotations for a slug that cannot be one with a 404, as for any slug that names no article', async () => {
    await http().get('/api/sourcing/articles/NOT%20A%20SLUG/annotations').expect(404);
    await http()
      .get(`/api/sourcing/articles/${'a'.repeat(201)}/annotations`)
      .expect(404);
  });
});
