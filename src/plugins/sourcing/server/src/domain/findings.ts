import type { Finding as KernelFinding } from '../../../../../domain/finding';

/** A problem an editor must fix before publishing, pinned to the field the admin panel should mark. */
export type Finding = KernelFinding<
  | 'citation-without-source'
  | 'citation-not-listed'
  | 'source-never-cited'
  | 'duplicate-citation'
  | 'leaked-token'
  | 'highlight-link-not-web'
  | 'quote-too-long'
  | 'link-too-long'
>;
