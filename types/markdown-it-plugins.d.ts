// markdown-it-deflist and markdown-it-abbr publish no types and have no @types package for their current major; both
// are plugins taking only the markdown-it instance.
declare module 'markdown-it-deflist' {
  import type MarkdownIt from 'markdown-it';

  const deflist: (md: MarkdownIt) => void;
  export default deflist;
}

declare module 'markdown-it-abbr' {
  import type MarkdownIt from 'markdown-it';

  const abbr: (md: MarkdownIt) => void;
  export default abbr;
}
