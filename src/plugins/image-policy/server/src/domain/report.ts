import type { FixName } from './fixes';
import type { OverriddenImage } from './override';
import type { ImageDisclosure, PolicyFinding } from './policy';

export interface StoredOverride {
  reason: string;
  codes: string[];
  image: OverriddenImage;
  userName: string | null;
  createdAt: string;
}

/** What the editor's side panel shows about an article's saved lead image. */
export interface PolicyReport {
  disclosure: ImageDisclosure;
  findings: PolicyFinding[];
  fixes: FixName[];
  /** The latest override recorded for the article, and whether it still answers for the image as it is. */
  override: (StoredOverride & { applies: boolean }) | null;
}
