/** A problem an editor must fix before publishing, pinned to the field the admin panel should mark. */
export interface Finding {
  code:
    | 'citation-without-source'
    | 'citation-not-listed'
    | 'source-never-cited'
    | 'duplicate-citation'
    | 'leaked-token'
    | 'highlight-link-not-web'
    | 'quote-too-long'
    | 'link-too-long';
  path: Array<string | number>;
  message: string;
}
