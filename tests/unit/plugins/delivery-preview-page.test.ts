import { DomUtils, parseDocument } from 'htmlparser2';
import {
  PREVIEW_CSP,
  articlePreviewPage,
  escapeHtml,
  factCheckPreviewPage,
  type ArticlePreview,
  type FactCheckPreview,
} from '../../../src/plugins/delivery/server/src/domain/preview-page';
import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { HARMLESS_TEXT, HOSTILE_BODY, activeContent } from '../../helpers/hostile-html';

const SITE = { siteUrl: 'https://the-adriatic.github.io/the-adriatic/' };
// Script as markup, not as words: a tag that runs or frames, or a script URL as an attribute value. Handler attributes
// are looked for in the parsed page (activeContent): escaped text may well read "onerror=".
const SCRIPT_MARKUP = /<(script|iframe|svg)\b|=\s*"?\s*javascript:/i;
const HOSTILE_TEXT = `<script>parent.__xss=1</script><img src=x onerror="parent.__xss=1"> & "quotes" 'too'`;

const article = (overrides: Partial<ArticlePreview> = {}): ArticlePreview => ({
  status: 'draft',
  title: 'Port deal signed',
  deck: 'The harbour goes to a private operator.',
  kicker: 'Port of Rijeka',
  authors: ['Ana Horvat', 'Marko Perić'],
  image: { url: '/uploads/port.jpg', caption: 'The container terminal', credit: 'Ivo Kos', origin: 'photograph' },
  body: 'The deal runs for *30 years*.',
  ...overrides,
});

const factCheck = (overrides: Partial<FactCheckPreview> = {}): FactCheckPreview => ({
  status: 'published',
  title: 'Did the bridge cost a billion?',
  claimReviewed: 'The Pelješac bridge cost a billion euros.',
  verdict: 'mostly-false',
  summary: 'It cost about **526 million** euros.',
  sections: [{ heading: 'The contract', body: 'Signed in 2017.' }],
  bottomLine: 'Half that.',
  limitations: null,
  ...overrides,
});

/** The visible words of the page's body, entities decoded, as a reader sees them. */
const visibleText = (html: string): string => {
  const body = DomUtils.findOne((node) => node.name === 'body', parseDocument(html).children);
  return body ? DomUtils.textContent(body).replace(/\s+/g, ' ') : '';
};

describe('articlePreviewPage', () => {
  it('shows the kicker, title, deck, byline, lead image with its caption, and the rendered body', () => {
    const html = articlePreviewPage(article(), SITE);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Preview: Port deal signed</title>');
    expect(html).toContain('<p class="kicker">Port of Rijeka</p>');
    expect(html).toContain('<h1>Port deal signed</h1>');
    expect(html).toContain('<p class="byline">By Ana Horvat, Marko Perić</p>');
    expect(html).toContain('<img src="/uploads/port.jpg" alt="">');
    expect(visibleText(html)).toContain('The container terminal Credit: Ivo Kos Origin: photograph');
    expect(html).toContain('<p>The deal runs for <em>30 years</em>.</p>');
    expect(visibleText(html)).toContain('Draft preview: not published');
  });

  it('carries the same body HTML as delivery gives frontends', () => {
    const body = 'NATO said <a href="https://www.nato.int/kfor"><mark class="yellow">the mission goes on</mark></a>.';
    expect(articlePreviewPage(article({ body }), SITE)).toContain(renderBodyHtml(body, SITE));
  });

  it.each(['title', 'deck', 'kicker'] as const)('escapes the %s', (field) => {
    const html = articlePreviewPage(article({ [field]: HOSTILE_TEXT }), SITE);
    expect(activeContent(html)).toEqual([]);
    expect(visibleText(html)).toContain(HOSTILE_TEXT);
  });

  it('escapes author names and every part of the image caption', () => {
    const image = { url: '/uploads/a.jpg', caption: HOSTILE_TEXT, credit: HOSTILE_TEXT, origin: HOSTILE_TEXT };
    const html = articlePreviewPage(article({ authors: [HOSTILE_TEXT], image }), SITE);
    expect(activeContent(html)).toEqual([]);
    expect(visibleText(html).split(HOSTILE_TEXT)).toHaveLength(5);
  });

  it('escapes a quote in the image address so it cannot add an attribute', () => {
    const html = articlePreviewPage(
      article({ image: { url: 'https://cdn.example.org/a.jpg" onerror="parent.__xss=1', caption: null, credit: null, origin: null } }),
      SITE,
    );
    expect(activeContent(html)).toEqual([]);
    expect(html).toContain('src="https://cdn.example.org/a.jpg&quot; onerror=&quot;parent.__xss=1"');
  });

  it.each(['javascript:parent.__xss=1', '//evil.example.org/a.jpg', 'data:image/svg+xml,<svg onload=alert(1)>'])(
    'leaves out an image address a page should not load: %s',
    (url) => {
      const html = articlePreviewPage(article({ image: { url, caption: 'Kept', credit: null, origin: null } }), SITE);
      expect(html).not.toContain('<img');
      expect(visibleText(html)).toContain('Kept');
    },
  );

  it('renders a hostile body inert: no script, handler, script URL, frame or SVG survives, the words do', () => {
    const html = articlePreviewPage(article({ body: HOSTILE_BODY }), SITE);
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toMatch(SCRIPT_MARKUP);
    expect(visibleText(html)).toContain(HARMLESS_TEXT);
    // markdown-it refuses the javascript: link, so its source stays as words; the HTML link keeps its words only.
    expect(visibleText(html)).toContain('[a Markdown link](javascript:parent.__xss=1) and an HTML link');
  });

  it('leaves out what an article lacks', () => {
    const html = articlePreviewPage(article({ deck: null, kicker: null, authors: [], image: null, body: null }), SITE);
    expect(html).not.toMatch(/class="(deck|kicker|byline)"|<figure|<section/);
  });
});

describe('factCheckPreviewPage', () => {
  it('shows the claim, the verdict by name, the summary and each section', () => {
    const html = factCheckPreviewPage(factCheck(), SITE);
    expect(visibleText(html)).toContain('Published version');
    expect(visibleText(html)).toContain('Claim: The Pelješac bridge cost a billion euros.');
    expect(visibleText(html)).toContain('Verdict: Mostly false');
    expect(html).toContain('<h2>Summary</h2><p>It cost about <strong>526 million</strong> euros.</p>');
    expect(html).toContain('<h2>The contract</h2><p>Signed in 2017.</p>');
    expect(html).toContain('<h2>Bottom line</h2>');
    expect(html).not.toContain('Limitations');
  });

  it('escapes the title, claim and section headings, and renders every text field inert', () => {
    const html = factCheckPreviewPage(
      factCheck({
        title: HOSTILE_TEXT,
        claimReviewed: HOSTILE_TEXT,
        summary: HOSTILE_BODY,
        sections: [{ heading: HOSTILE_TEXT, body: HOSTILE_BODY }],
        bottomLine: HOSTILE_BODY,
        limitations: HOSTILE_BODY,
      }),
      SITE,
    );
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toMatch(SCRIPT_MARKUP);
    expect(visibleText(html).split(HOSTILE_TEXT)).toHaveLength(4);
  });
});

describe('escapeHtml and PREVIEW_CSP', () => {
  it('escapes the five characters that end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('allows no script and only the admin as a frame parent', () => {
    expect(PREVIEW_CSP).toMatch(/^default-src 'none'/);
    expect(PREVIEW_CSP).not.toMatch(/script-src|unsafe-eval/);
    expect(PREVIEW_CSP).toContain("frame-ancestors 'self'");
  });
});
