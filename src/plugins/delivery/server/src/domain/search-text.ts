/**
 * The text search works on, the same for what is indexed and what is asked, so SQLite and PostgreSQL agree: letters
 * folded to their base (Tavčar → tavcar, Đukanović → dukanovic, as readers without the keyboard type them), lower
 * case, and Markdown and HTML reduced to the words a reader sees.
 */

/** Letters NFD does not take apart: they are letters of their own, which readers without the keyboard type as these. */
const FOLDED: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};
const UNFOLDED = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'gu');
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case without diacritics: "Tavčar" and "tavcar" fold alike, so do "Łódź" and "lodz", "Straße" and "strasse". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNFOLDED, (letter) => FOLDED[letter])
    .normalize('NFC');
}

/** A word as both engines' tokenizers cut them: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The most words a query is searched for; more add nothing but cost. */
export const MAX_QUERY_WORDS = 12;

/**
 * A reader's query as the words to look for: folded, each a plain word, so quotes, `*`, `-`, parentheses, `NEAR`, `OR`
 * and the like are searched for as the words they contain (or dropped when they contain none), never read as syntax.
 */
export function queryWords(query: string): string[] {
  return [...new Set(foldText(query).match(WORD) ?? [])].slice(0, MAX_QUERY_WORDS);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// Applied in order: what a reader never sees goes first (code, comments, Liquid, attribute lists), then markup keeps its words.
const STRIPPED: Array<[RegExp, string]> = [
  [/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' '],
  [/<!--[\s\S]*?-->/g, ' '],
  [/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' '],
  [/\{:[^}]*\}/g, ' '],
  [/<[^>]*>/g, ' '],
  [/^\s{0,3}\[\^[^\]]+\]:\s*/gm, ''],
  [/^\s{0,3}\[[^\]]+\]:\s+\S+.*$/gm, ' '],
  [/!?\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'],
  [/\[\^?[\w-]+\]/g, ' '],
  [/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, ''],
  [/[*_~`|]+/g, ' '],
];

/** The words of a Markdown text with inline HTML, as a reader sees them: no tags, link targets, Liquid or marks. */
export function plainText(markdown: string | null | undefined): string {
  if (!markdown) return '';
  let text = markdown;
  for (const [pattern, replacement] of STRIPPED) text = text.replace(pattern, replacement);
  // PostgreSQL text cannot hold NUL.
  return decodeEntities(text).split('\u0000').join(' ').replace(/\s+/g, ' ').trim();
}
