import { ARTICLE_UID, FACT_CHECK_UID, HIGHLIGHT_UID, SOURCE_UID } from '../../../../domain/uids';
export { ARTICLE_UID, FACT_CHECK_UID, HIGHLIGHT_UID, SOURCE_UID };
export const PLUGIN_ID = 'sourcing';

/** Query parameters that track a click rather than identify a document. */
export const TRACKING_PARAMETERS = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(cid|eid)$/i, /^igshid$/i];

/** Colour classes a highlight may carry; a mark without one is the default (shown blue). */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'rose'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number] | 'default';

/**
 * How the site shows a mark of each colour class, for the stylesheet a W3C annotation must carry with its styleClass.
 * The same backgrounds as the body editor's (admin/src/editor/colours.ts): the old site's stylesheet is not in the
 * archive, so these are the desk's description of it.
 */
export const HIGHLIGHT_BACKGROUNDS: Record<(typeof HIGHLIGHT_COLOURS)[number], string> = {
  yellow: '#fff3a3',
  green: '#c9f2c7',
  rose: '#ffd3de',
};

/** Characters of plain text kept on each side of a quote (W3C TextQuoteSelector prefix and suffix). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** What a Highlight can hold (its schema's limits): a longer quote or link is refused on the body, where it was written. */
export const MAX_QUOTE_LENGTH = 2000;
export const MAX_LINK_LENGTH = 2048;

/** Fact-check fields whose text may cite numbered sources as [n]. */
export const FACT_CHECK_TEXT_FIELDS = ['summary', 'bottomLine', 'limitations'] as const;

export const MESSAGES = {
  urlRequired: 'A source needs a URL.',
  urlInvalid: 'This is not a web address a reader can follow.',
  urlScheme: 'A source URL must start with http:// or https://.',
  urlTaken: (title: string) => `This URL is already a source${title ? `: "${title}"` : ''}. Cite that source instead.`,
  highlightLinkNotWeb: (quote: string, href: string) =>
    `The highlight "${quote}" links to "${href}", which is not a web page a reader can follow. Link it to an http(s) address.`,
  quoteTooLong: (start: string) => `The highlight starting "${start}…" is longer than ${MAX_QUOTE_LENGTH} characters. Mark a shorter quote.`,
  linkTooLong: (quote: string) => `The link of the highlight "${quote}" is longer than ${MAX_LINK_LENGTH} characters.`,
  citationWithoutSource: (number: number) => `Citation [${number}] has no source. Choose the source it stands for.`,
  citationNotListed: (number: number) => `The text cites [${number}] but the citation list has no entry for it.`,
  sourceNeverCited: (number: number) => `Source [${number}] is listed but never cited in the text. Cite it or remove it.`,
  duplicateCitation: (number: number) => `Citation number [${number}] is listed more than once.`,
  leakedToken: (token: string) => `"${token}" is an internal reference that leaked into the text. Replace it with a numbered citation or remove it.`,
  notPublishable: (count: number, first: string) =>
    count === 1 ? first : `${first} (and ${count - 1} more problem${count > 2 ? 's' : ''} to fix before publishing)`,
  articleNotFound: 'No published article has this slug.',
} as const;
