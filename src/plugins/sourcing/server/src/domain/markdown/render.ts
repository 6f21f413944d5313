import MarkdownIt from 'markdown-it';
import abbr from 'markdown-it-abbr';
import deflist from 'markdown-it-deflist';
import { kramdownAttributeLists } from './attribute-lists';
import { kramdownFootnotes } from './footnotes';
import { headingIds } from './heading-ids';
import { kramdownTypography } from './typography';

/**
 * Markdown read as the old site's Jekyll 4 read it (kramdown with GFM input), so an imported post looks as it did:
 * smart quotes and dashes, heading ids, footnotes, definition lists, attribute lists, abbreviations and tables, each
 * from a maintained markdown-it plugin where one exists. Raw HTML passes through; the allow-list cleans the result.
 */
export function kramdownLikeMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false });
  kramdownTypography(md);
  kramdownFootnotes(md);
  md.use(deflist);
  md.use(abbr);
  kramdownAttributeLists(md);
  headingIds(md);
  return md;
}
