import { renderBodyHtml, type RenderOptions } from './body-html';
import { VERDICT_RATINGS } from './json-ld';
import type { Verdict } from './types';
import type { PreviewStatus } from './preview-link';

/**
 * The page the Content Manager's preview iframe shows: a plain reading view of one article or fact check. Every text
 * is escaped; the Markdown fields go through the same renderer and allow-list as delivery's `bodyHtml`, so the preview
 * shows what readers would get. The page has no script of its own, and its CSP forbids any.
 */

/** No script, no plugin, no form, no fetch; images from the CMS or any https host; framed only by the admin. */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "img-src 'self' data: https:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface PreviewImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
  /** The image-policy plugin's origin (photograph, ai-generated, …), shown so the editor sees what readers are told. */
  origin: string | null;
}

export interface ArticlePreview {
  status: PreviewStatus;
  title: string;
  deck: string | null;
  kicker: string | null;
  authors: string[];
  image: PreviewImage | null;
  body: string | null;
}

export interface FactCheckPreview {
  status: PreviewStatus;
  title: string;
  claimReviewed: string | null;
  verdict: Verdict | null;
  summary: string | null;
  sections: { heading: string; body: string | null }[];
  bottomLine: string | null;
  limitations: string | null;
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITY[char]);

const STYLE = `body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
.status{font:600 13px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#8a5a00}
.kicker{font:600 14px/1.4 system-ui,sans-serif;color:#555}h1{line-height:1.2;margin:.2em 0}.deck{font-size:1.2em;color:#444}
.byline,figcaption,.verdict{font:14px/1.5 system-ui,sans-serif;color:#555}img{max-width:100%;height:auto}
mark{background:#fff3a3}mark.green{background:#c8f7c5}mark.blue{background:#cde4ff}mark.pink{background:#ffd6e8}`;

const STATUS_LABEL: Record<PreviewStatus, string> = { draft: 'Draft preview: not published', published: 'Published version' };

const element = (tag: string, text: string | null, className?: string): string =>
  text ? `<${tag}${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</${tag}>` : '';

// Only addresses a browser loads as an image: the CMS's own uploads (site-relative) and web pages.
const imageSource = (url: string | null): string | null => (url && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url)) ? url : null);

function figure(image: PreviewImage | null): string {
  if (!image) return '';
  const source = imageSource(image.url);
  const caption = [
    element('span', image.caption),
    element('span', image.credit ? `Credit: ${image.credit}` : null),
    element('span', image.origin ? `Origin: ${image.origin}` : null),
  ]
    .filter(Boolean)
    .join(' ');
  if (!source && !caption) return '';
  return `<figure>${source ? `<img src="${escapeHtml(source)}" alt="">` : ''}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function page(status: PreviewStatus, title: string, content: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(`Preview: ${title}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body><article>',
    element('p', STATUS_LABEL[status], 'status'),
    ...content.filter(Boolean),
    '</article></body></html>',
  ].join('\n');
}

const section = (html: string, heading: string | null = null): string => (html || heading ? `<section>${element('h2', heading)}${html}</section>` : '');

/** A fixed heading over a text, both left out when the text is empty. */
const labelled = (html: string, heading: string): string => (html ? section(html, heading) : '');

export function articlePreviewPage(article: ArticlePreview, options: RenderOptions = {}): string {
  return page(article.status, article.title, [
    element('p', article.kicker, 'kicker'),
    element('h1', article.title),
    element('p', article.deck, 'deck'),
    element('p', article.authors.length ? `By ${article.authors.join(', ')}` : null, 'byline'),
    figure(article.image),
    section(renderBodyHtml(article.body, options)),
  ]);
}

export function factCheckPreviewPage(factCheck: FactCheckPreview, options: RenderOptions = {}): string {
  const render = (text: string | null) => renderBodyHtml(text, options);
  return page(factCheck.status, factCheck.title, [
    element('h1', factCheck.title),
    element('p', factCheck.claimReviewed ? `Claim: ${factCheck.claimReviewed}` : null, 'claim'),
    element('p', factCheck.verdict ? `Verdict: ${VERDICT_RATINGS[factCheck.verdict]?.alternateName ?? factCheck.verdict}` : null, 'verdict'),
    labelled(render(factCheck.summary), 'Summary'),
    ...factCheck.sections.map((part) => section(render(part.body), part.heading)),
    labelled(render(factCheck.bottomLine), 'Bottom line'),
    labelled(render(factCheck.limitations), 'Limitations'),
  ]);
}
