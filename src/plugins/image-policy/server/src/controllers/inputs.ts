import { body, documentIdParams } from '#kernel/validate';
import { overrideReason } from '../domain/override';
import { settingsPatch } from '../domain/settings';

/**
 * What the image-policy admin routes read from a request, as zod schemas (the rules themselves are the domain's):
 * controllers/policy.ts parses with these; a value that does not parse is a 400 naming its field.
 */
export const INPUTS = {
  document: documentIdParams,
  override: body({ reason: overrideReason }),
  settings: settingsPatch,
} as const;
