import type { Finding } from '../../../../../domain/finding';
import { creditsPhotographer, disclosesAi, namedAiTool } from './ai-tools';
import { hasPicture, textOf, type LeadImage } from './lead-image';
import { digitalSourceTypeOf, isImageOrigin, type ImageOrigin } from './origins';
import type { PolicySettings } from './settings';

export type FindingCode =
  | 'origin-missing'
  | 'origin-none-with-picture'
  | 'picture-missing'
  | 'placeholder-caption'
  | 'ai-disclosure-missing'
  | 'ai-credit-missing-tool'
  | 'ai-credit-photographer'
  | 'photo-credit-missing'
  | 'photo-credit-names-ai';

export type PolicyFinding = Finding<FindingCode> & { path: string[] };

const field = (name: string): string[] => ['leadImage', name];
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function placeholderFindings(image: LeadImage, settings: PolicySettings): PolicyFinding[] {
  const caption = textOf(image.caption);
  if (caption !== null && same(caption, settings.placeholderCaption)) return [];
  return [
    {
      code: 'placeholder-caption',
      path: field('caption'),
      message: 'The placeholder is AI-made pixel art: its caption must be the standard placeholder caption, which tells readers so.',
    },
  ];
}

function aiGeneratedFindings(image: LeadImage, settings: PolicySettings): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const credit = textOf(image.credit) ?? '';
  if (!disclosesAi(image.caption, settings.disclosureTerms) && !disclosesAi(credit, settings.disclosureTerms)) {
    findings.push({
      code: 'ai-disclosure-missing',
      path: field('caption'),
      message: 'This image is AI-generated and neither caption nor credit tells the reader so. Say it, e.g. "Image generated with AI".',
    });
  }
  if (!namedAiTool(credit, settings.aiTools)) {
    findings.push({
      code: 'ai-credit-missing-tool',
      path: field('credit'),
      message: credit
        ? `The credit must name the AI tool that made the image; "${credit}" names none the newsroom knows.`
        : 'The credit must name the AI tool that made the image.',
    });
  }
  if (credit && creditsPhotographer(credit)) {
    findings.push({
      code: 'ai-credit-photographer',
      path: field('credit'),
      message: 'An AI-generated image has no photographer: credit the tool, not a person.',
    });
  }
  return findings;
}

function photographFindings(image: LeadImage, settings: PolicySettings): PolicyFinding[] {
  if (textOf(image.credit) === null) {
    return [{ code: 'photo-credit-missing', path: field('credit'), message: 'A photograph needs a credit: the photographer or the agency.' }];
  }
  const tool = namedAiTool(image.credit, settings.aiTools);
  if (!tool) return [];
  return [
    {
      code: 'photo-credit-names-ai',
      path: field('origin'),
      message: `The credit names ${tool}, an AI tool, but the origin says photograph. If ${tool} made the image, its origin is AI-generated.`,
    },
  ];
}

/**
 * What the lead image's caption and credit must say for its origin: a picture needs an origin; the placeholder carries
 * the standard placeholder caption; an AI-generated image discloses it to the reader and credits the tool, never a
 * photographer; a photograph is credited. Illustrations and "no image" ask nothing more.
 */
export function checkLeadImage(leadImage: LeadImage | null | undefined, settings: PolicySettings): PolicyFinding[] {
  const image: LeadImage = leadImage ?? {};
  const origin = isImageOrigin(image.origin) ? image.origin : null;
  if (!hasPicture(image)) {
    if (origin === 'none') return [];
    if (origin === null || origin === 'ai-placeholder') return placeholderFindings(image, settings);
    return [
      {
        code: 'picture-missing',
        path: field('file'),
        message: `The origin says ${origin}, but no picture is attached. Attach it, or clear the origin to show the placeholder.`,
      },
    ];
  }
  switch (origin) {
    case null:
      return [
        {
          code: 'origin-missing',
          path: field('origin'),
          message: 'Say where the lead image comes from: photograph, AI-generated, AI placeholder or illustration.',
        },
      ];
    case 'none':
      return [
        {
          code: 'origin-none-with-picture',
          path: field('origin'),
          message: 'The origin says there is no image, but a picture is attached. Choose its origin or remove the picture.',
        },
      ];
    case 'ai-placeholder':
      return placeholderFindings(image, settings);
    case 'ai-generated':
      return aiGeneratedFindings(image, settings);
    case 'photograph':
      return photographFindings(image, settings);
    case 'illustration':
      return [];
  }
}

export interface ImageDisclosure {
  /** Null for a picture whose origin nobody has stated (published only through an override). */
  origin: ImageOrigin | null;
  digitalSourceType: string | null;
  caption: string | null;
  credit: string | null;
  isPlaceholder: boolean;
}

/** What a frontend needs to label the image for readers and structured data. */
export function imageDisclosure(leadImage: LeadImage | null | undefined): ImageDisclosure {
  const image: LeadImage = leadImage ?? {};
  const origin = isImageOrigin(image.origin) ? image.origin : hasPicture(image) ? null : 'ai-placeholder';
  return {
    origin,
    digitalSourceType: origin ? digitalSourceTypeOf(origin) : null,
    caption: textOf(image.caption),
    credit: textOf(image.credit),
    isPlaceholder: origin === 'ai-placeholder',
  };
}
