/**
 * Where a lead image came from, and the IPTC Digital Source Type each origin is published as, so frontends and
 * structured data can label an image for readers and machines alike.
 */
export const IMAGE_ORIGINS = ['photograph', 'ai-generated', 'ai-placeholder', 'illustration', 'none'] as const;
export type ImageOrigin = (typeof IMAGE_ORIGINS)[number];

const VOCABULARY = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

const SOURCE_TYPE_OF: Record<ImageOrigin, string | null> = {
  photograph: 'digitalCapture',
  'ai-generated': 'trainedAlgorithmicMedia',
  // The placeholder is pixel art made by a generative model: for a reader it is an AI image like any other.
  'ai-placeholder': 'trainedAlgorithmicMedia',
  illustration: 'digitalArt',
  none: null,
};

/**
 * Embedded source types, by their code in the vocabulary, read back to an origin. Codes that say "captured by a
 * camera, perhaps edited" are photographs; codes that leave open whether a person or a model made the picture
 * (compositeSynthetic, dataDrivenMedia, …) infer nothing and leave the choice to the editor.
 */
const ORIGIN_OF_CODE: Record<string, ImageOrigin> = {
  trainedAlgorithmicMedia: 'ai-generated',
  compositeWithTrainedAlgorithmicMedia: 'ai-generated',
  digitalCapture: 'photograph',
  computationalCapture: 'photograph',
  negativeFilm: 'photograph',
  positiveFilm: 'photograph',
  print: 'photograph',
  minorHumanEdits: 'photograph',
  digitalArt: 'illustration',
  digitalCreation: 'illustration',
};

export const isImageOrigin = (value: unknown): value is ImageOrigin => (IMAGE_ORIGINS as readonly unknown[]).includes(value);

export function digitalSourceTypeOf(origin: ImageOrigin): string | null {
  const code = SOURCE_TYPE_OF[origin];
  return code ? `${VOCABULARY}${code}` : null;
}

/** The origin an embedded Digital Source Type stands for (the vocabulary's http or https form), or null. */
export function originOfDigitalSourceType(uri: string): ImageOrigin | null {
  const match = /^https?:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\/([A-Za-z]+)\/?$/.exec(uri.trim());
  // Own keys only: a code such as "constructor" must not find Object.prototype's.
  return match && Object.hasOwn(ORIGIN_OF_CODE, match[1]) ? ORIGIN_OF_CODE[match[1]] : null;
}
