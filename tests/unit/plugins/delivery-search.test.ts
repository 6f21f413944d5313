import { articleStory, factCheckStory, foldedFields, MAX_INDEXED_CHARS } from '../../../src/plugins/delivery/server/src/domain/search-document';
import { searchQuery } from '../../../src/plugins/delivery/server/src/domain/search-query';
import { lightStem, snippetOf } from '../../../src/plugins/delivery/server/src/domain/search-snippet';
import { foldText, MAX_QUERY_WORDS, plainText, queryWords } from '../../../src/plugins/delivery/server/src/domain/search-text';

describe('Search: folding', () => {
  it.each([
    ['Tavčar', 'tavcar'],
    ['Dodik', 'dodik'],
    ['Đukanović', 'dukanovic'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
    ['Þór', 'thor'],
    ['Ağrı', 'agri'],
    ['Crème brûlée', 'creme brulee'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds the indexed title and text exactly as it folds a query', () => {
    const story = articleStory('api::article.article', {
      documentId: 'd1',
      slug: 's',
      title: 'Tavčar and Đukanović',
      body: 'Łódź',
      publishedAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(foldedFields(story)).toEqual({ foldedTitle: 'tavcar and dukanovic', foldedText: 'lodz', foldedLead: 'lodz' });
    expect(queryWords('TAVČAR Đukanović łódź')).toEqual(['tavcar', 'dukanovic', 'lodz']);
  });
});

describe('Search: reading a query', () => {
  it.each([
    ['plain words', 'vote count', ['vote', 'count']],
    ['an unbalanced quote', '"vote count', ['vote', 'count']],
    ['FTS operators', 'vote NEAR(count) OR -fraud AND NOT x*', ['vote', 'near', 'count', 'or', 'fraud', 'and', 'not', 'x']],
    ['column filters and boosts', 'title:vote ^count {a b}', ['title', 'vote', 'count', 'a', 'b']],
    ['SQL', "'; drop table articles; --", ['drop', 'table', 'articles']],
    ['only punctuation', '*"()-', []],
    ['a repeated word', 'vote Vote VOTE', ['vote']],
    ['digits', 'the 2019 vote', ['the', '2019', 'vote']],
  ])('reads %s as literal words', (_name, query, words) => {
    expect(queryWords(query)).toEqual(words);
  });

  it(`keeps at most ${MAX_QUERY_WORDS} words`, () => {
    expect(queryWords(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
  });

  it('takes both types when none is named, and each named one once', () => {
    expect(searchQuery.parse({ q: 'vote' })).toEqual({ q: 'vote', type: ['article', 'fact-check'], page: 1, pageSize: 10 });
    expect(searchQuery.parse({ q: 'vote', type: 'fact-check,fact-check', page: '2', pageSize: '50' }).type).toEqual(['fact-check']);
  });

  it.each([
    ['no q', {}, 'q'],
    ['a blank q', { q: ' \t' }, 'q'],
    ['a q of 201 characters', { q: 'x'.repeat(201) }, 'q'],
    ['a q given twice', { q: ['a', 'b'] }, 'q'],
    ['an unknown type', { q: 'a', type: 'article,video' }, 'type'],
    ['a pageSize of 51', { q: 'a', pageSize: '51' }, 'pageSize'],
    ['a page of 0', { q: 'a', page: '0' }, 'page'],
  ])('refuses %s, naming the parameter', (_name, query, path) => {
    const result = searchQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([path]);
  });
});

describe('Search: the text indexed', () => {
  it('keeps the words a reader sees of Markdown and HTML, not its markup, link targets or Liquid', () => {
    const body = [
      '## Who *votes*?',
      '',
      'NATO said <a href="https://nato.int/x"><mark class="yellow">the mission</mark></a> [goes on](https://example.org) &amp; more[^1].',
      '{: .lead}',
      '![A ferry](/img.png) {% include note.html %} {{ site.title }}',
      '<script>alert("no")</script>',
      '[^1]: A note.',
    ].join('\n');
    expect(plainText(body)).toBe('Who votes ? NATO said the mission goes on & more . A ferry A note.');
  });

  it('indexes a fact check by its claim, summary, sections, bottom line and limitations, in reading order', () => {
    const story = factCheckStory('api::fact-check.fact-check', {
      documentId: 'f1',
      slug: 'f',
      title: 'Did it?',
      claimReviewed: 'It did.',
      summary: 'It did not [1].',
      sections: [{ heading: 'Background', body: 'Some **facts**.' }],
      bottomLine: 'No.',
      limitations: 'Few sources.',
      publishedAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
    expect(story).toMatchObject({
      text: 'It did. It did not . Background Some facts . No. Few sources.',
      datePublished: '2026-01-02T00:00:00.000Z',
      permalink: null,
    });
  });

  it("dates an article by its first publication, falling back to its publish, and keeps an imported article's permalink", () => {
    const row = { documentId: 'a', slug: 'a', title: 'A', publishedAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' };
    expect(articleStory('u', { ...row, datePublished: '2020-01-01T00:00:00.000Z', permalink: '/old/a/' })).toMatchObject({
      datePublished: '2020-01-01T00:00:00.000Z',
      permalink: '/old/a/',
    });
    expect(articleStory('u', row).datePublished).toBe('2026-02-01T00:00:00.000Z');
  });

  it('indexes no more than the first stretch of a very long text', () => {
    const story = articleStory('u', { documentId: 'a', slug: 'a', title: 'A', body: 'word '.repeat(MAX_INDEXED_CHARS), publishedAt: null, updatedAt: null });
    expect(foldedFields(story).foldedText.length).toBe(MAX_INDEXED_CHARS);
  });
});

describe('Search: snippets', () => {
  it.each([
    ['votes', 'vot'],
    ['voting', 'vot'],
    ['voted', 'vot'],
    ['vote', 'vot'],
    ['studies', 'study'],
    ['running', 'run'],
    ['class', 'class'],
    ['bus', 'bus'],
  ])('stems %s to %s for marking', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });

  it('marks every form of the searched words, escaping the text around them', () => {
    expect(snippetOf('Fish & <chips>: the council voted, and Tavčar votes.', ['vote', 'tavcar'])).toBe(
      'Fish &amp; &lt;chips&gt;: the council <mark>voted</mark>, and <mark>Tavčar</mark> <mark>votes</mark>.',
    );
  });

  it('shows the passage with the most matches, with an ellipsis where the text goes on', () => {
    const filler = (count: number) => Array.from({ length: count }, (_, i) => `w${i}`).join(' ');
    const text = `${filler(40)} vote ${filler(40)} vote and vote again ${filler(40)}`;
    const snippet = snippetOf(text, ['vote']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.match(/<mark>vote<\/mark>/g)).toHaveLength(2);
    expect(snippet.split(/\s+/)).toHaveLength(30);
  });

  it('gives the opening words, unmarked, of a text that matched by its title only', () => {
    expect(snippetOf('A short standfirst.', ['ferry'])).toBe('A short standfirst.');
    expect(snippetOf('', ['ferry'])).toBe('');
  });
});
