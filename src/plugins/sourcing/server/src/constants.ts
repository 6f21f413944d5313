export const PLUGIN_ID = 'sourcing';
export const SOURCE_UID = 'api::source.source';

/** Query parameters that track a click rather than identify a document. */
export const TRACKING_PARAMETERS = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(cid|eid)$/i, /^igshid$/i];

export const MESSAGES = {
  urlRequired: 'A source needs a URL.',
  urlInvalid: 'This is not a web address a reader can follow.',
  urlScheme: 'A source URL must start with http:// or https://.',
  urlTaken: (title: string) => `This URL is already a source${title ? `: "${title}"` : ''}. Cite that source instead.`,
} as const;
