import { letPastGates, publishingPastGates } from '../../src/kernel/past-gates';

const FINDING = { gate: 'image policy', code: 'ai-caption', path: ['leadImage', 'caption'], message: 'Say it is AI-generated.' };
const ARTICLE = 'api::article.article';

describe('Publishing past the gates', () => {
  it('lets the named document past its gates and hands the caller what they found', async () => {
    const { result, findings } = await publishingPastGates(ARTICLE, 'doc1', async () => letPastGates(ARTICLE, 'doc1', [FINDING]));
    expect(result).toBe(true);
    expect(findings).toEqual([FINDING]);
  });

  it('refuses every other document inside the same passage, and any outside one', async () => {
    const inside = await publishingPastGates(ARTICLE, 'doc1', async () => [
      letPastGates(ARTICLE, 'doc2', [FINDING]),
      letPastGates('api::fact-check.fact-check', 'doc1', [FINDING]),
    ]);
    expect(inside.result).toEqual([false, false]);
    expect(inside.findings).toEqual([]);
    expect(letPastGates(ARTICLE, 'doc1', [FINDING])).toBe(false);
  });

  it('keeps passages apart when two run at once', async () => {
    const [first, second] = await Promise.all([
      publishingPastGates(ARTICLE, 'a', async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return letPastGates(ARTICLE, 'a', [FINDING]);
      }),
      publishingPastGates(ARTICLE, 'b', async () => letPastGates(ARTICLE, 'a', [FINDING])),
    ]);
    expect([first.result, second.result]).toEqual([true, false]);
    expect(second.findings).toEqual([]);
  });
});
