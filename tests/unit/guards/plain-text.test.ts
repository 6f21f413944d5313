import { plainTextFindings, plainTextProblem, type FieldSchema } from '../../../src/guards/plain-text';

describe('Plain text: what counts as markup', () => {
  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p>', '<!-- note -->', '<?xml ?>', 'Headline<b>bold</b>'])(
    'finds markup in %s',
    (value) => expect(plainTextProblem(value)).toBe('markup'),
  );

  it.each(['Turnout < 40%', 'We <3 volunteers', 'a<1', 'Vučić: “No.”', 'AT&T and &lt;b&gt;', 'Tab\tand\nline'])('lets %s through', (value) => {
    expect(plainTextProblem(value)).toBeUndefined();
  });

  it.each(['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085'])('finds the control character %j', (value) => {
    expect(plainTextProblem(`a${value}b`)).toBe('control-character');
  });
});

describe('Plain text: walking a document', () => {
  const components: Record<string, Record<string, FieldSchema>> = {
    'media.lead-image': { caption: { type: 'text' }, url: { type: 'string' } },
    'factcheck.section': { heading: { type: 'string' }, body: { type: 'richtext' } },
  };
  const attributes: Record<string, FieldSchema> = {
    title: { type: 'string' },
    body: { type: 'richtext' },
    slug: { type: 'uid' },
    presentation: { type: 'json' },
    leadImage: { type: 'component', component: 'media.lead-image' },
    sections: { type: 'component', component: 'factcheck.section', repeatable: true },
  };
  const findings = (data: Record<string, unknown>) => plainTextFindings(data, attributes, (uid) => components[uid]);

  it('leaves rich text, slugs and JSON to their own rules', () => {
    expect(findings({ body: '<mark>quote</mark>', slug: '<x', presentation: { html: '<b>' } })).toEqual([]);
  });

  it('names each offending field by its path, inside single and repeatable components', () => {
    const found = findings({
      title: 'Fine',
      leadImage: { caption: '<img src=x>' },
      sections: [{ heading: 'Fine', body: '<b>ok</b>' }, { heading: 'Bad\u0000' }],
    });
    expect(found).toEqual([
      { path: ['leadImage', 'caption'], problem: 'markup' },
      { path: ['sections', 1, 'heading'], problem: 'control-character' },
    ]);
  });
});
