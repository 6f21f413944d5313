import { plainTextFindings, plainTextMessage, plainTextProblem, type FieldSchema } from '../../../src/guards/plain-text';

describe('Plain text: what counts as markup', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '</p>',
    '<!-- note -->',
    '<?xml ?>',
    'Headline<b>bold</b>',
    'Findings <scr<script>ipt>alert(1)</script>',
    'x<img src=x onerror=alert(1)',
    '<y onmouseover=alert(1)>',
    '<details open ontoggle=alert(1)>',
    '<a href="https://example.org">link</a>',
    '<b>',
  ])('finds markup in %s', (value) => expect(plainTextProblem(value)).toBe('markup'));

  it.each([
    'Turnout < 40%',
    'We <3 volunteers',
    'a<1',
    'Vučić: “No.”',
    'AT&T and &lt;b&gt;',
    'Tab\tand\nline',
    'If x<y and y>z, is the claim true?',
    'Is a<b and b>c?',
    'Replace <name> with yours',
    'Arrows -> and <- and <=>',
    'See <https://example.org/report>',
    'قمة بروكسل \u200Fוהסכם',
    'Flags 🇽🇰 and emoji 😀',
  ])('lets %s through', (value) => {
    expect(plainTextProblem(value)).toBeUndefined();
  });

  it.each(['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085'])('finds the control character %j', (value) => {
    expect(plainTextProblem(`a${value}b`)).toBe('control-character');
  });
});

describe('Plain text: characters a reader would not see as written', () => {
  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('finds the direction control %j', (value) => {
    expect(plainTextProblem(`Invoice ${value}gnp.exe`)).toBe('direction-control');
  });

  it.each([
    ['a lone high surrogate', 'Broken \uD83D emoji'],
    ['a lone low surrogate', 'Broken \uDE00 emoji'],
    ['a high surrogate at the end', 'Cut off \uD83D'],
    ['the replacement character bytes that are not UTF-8 become', 'caf\uFFFD au lait'],
  ])('finds %s', (_case, value) => {
    expect(plainTextProblem(value)).toBe('broken-character');
  });

  it('names the character in the message', () => {
    expect(plainTextMessage('title', 'direction-control', 'a\u202Eb')).toMatch(/U\+202E/);
    expect(plainTextMessage('title', 'broken-character', 'a\uD83Db')).toMatch(/U\+D83D/);
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
      { path: ['leadImage', 'caption'], problem: 'markup', value: '<img src=x>' },
      { path: ['sections', 1, 'heading'], problem: 'control-character', value: 'Bad\u0000' },
    ]);
  });
});
