import { addressFindings, addressProblem } from '../../../src/guards/addresses';
import type { FieldSchema } from '../../../src/guards/plain-text';

describe('Addresses', () => {
  it.each([
    '/2026/02/19/kfor-downscaling/',
    '/newsletter',
    'https://example.org/a.jpg?w=800#top',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/',
    'https://bg.wikipedia.org/wiki/Косово',
    '',
  ])('takes %j', (value) => {
    expect(addressProblem(value)).toBeUndefined();
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example/x',
    'ftp://example.org/file',
    'mailto:desk@example.org',
    'https://',
    'example.org/no-scheme',
    'a page.html',
    '/with space',
  ])('refuses %j', (value) => {
    expect(addressProblem(value)).toBeDefined();
  });

  it('finds the address fields of a type and of its components, by path', () => {
    const components: Record<string, Record<string, FieldSchema>> = {
      'media.lead-image': { url: { type: 'string' }, caption: { type: 'text' } },
      'factcheck.related-question': { url: { type: 'string' }, question: { type: 'string' } },
    };
    const attributes: Record<string, FieldSchema> = {
      permalink: { type: 'string' },
      leadImage: { type: 'component', component: 'media.lead-image' },
      relatedQuestions: { type: 'component', component: 'factcheck.related-question', repeatable: true },
    };
    const data = {
      permalink: '//evil.example/',
      leadImage: { url: 'data:image/png;base64,AAAA', caption: 'javascript: is only words here' },
      relatedQuestions: [
        { question: 'Why?', url: '/why/' },
        { question: 'How?', url: 'javascript:alert(1)' },
      ],
    };
    const findings = addressFindings('api::article.article', data, attributes, (uid) => components[uid]);
    expect(findings.map((finding) => finding.path)).toEqual([['permalink'], ['leadImage', 'url'], ['relatedQuestions', 1, 'url']]);
    expect(findings[0].message).toMatch(/another site/);
  });
});
