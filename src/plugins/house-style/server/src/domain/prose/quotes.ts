/**
 * Quotations in a run of text: what is inside quotation marks is the speaker's wording, not the house's, so the rules
 * leave it alone. Curly double quotes pair by direction; straight double quotes pair in order, and one left open runs
 * to the end of the paragraph (a quotation continued in the next). Curly single quotes mark quotes within quotes and
 * scare quotes; straight single quotes are not read, since they are mostly apostrophes.
 */
export function findQuotes(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let open = -1;
  let opener = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (open < 0) {
      if (char === '"' || char === '“' || (char === '‘' && opensSingle(text, index))) {
        open = index;
        opener = char;
      }
      continue;
    }
    if ((opener === '"' && char === '"') || (opener === '“' && char === '”') || (opener === '‘' && char === '’' && closesSingle(text, index))) {
      found.push([open, index + 1]);
      open = -1;
    }
  }
  if (open >= 0 && opener !== '‘') found.push([open, text.length]);
  return found;
}

const LETTER = /[\p{L}\p{N}]/u;

const opensSingle = (text: string, index: number): boolean => index === 0 || !LETTER.test(text[index - 1]);

// A ’ between letters is an apostrophe ("Dodik’s"), not the end of a quotation.
const closesSingle = (text: string, index: number): boolean => index + 1 >= text.length || !LETTER.test(text[index + 1]);

/**
 * Not the writer's prose wherever it appears: URLs, Liquid template tags, kramdown attribute lists, footnote marks and
 * e-mail addresses. Every open-ended part is bounded, so text that opens one and never closes it costs linear time.
 */
const NOT_PROSE =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\{\{[^\n]{0,300}?\}\}|\{%[^\n]{0,300}?%\}|\{:[^}\n]{0,300}\}|\[\^[^\]\n]{0,100}\]|(?<!\S)[^\s@]{1,64}@[^\s@]{1,255}\.\w+|\uFFFC/g;

/** The text with quotations and what is not prose blanked to spaces, index for index. */
export function blankNonProse(text: string, quotes: Array<[number, number]>): string {
  const chars = text.split('');
  const blank = (from: number, to: number) => {
    for (let index = from; index < to; index += 1) if (chars[index] !== '\n') chars[index] = ' ';
  };
  for (const [from, to] of quotes) blank(from, to);
  for (const match of text.matchAll(NOT_PROSE)) blank(match.index, match.index + match[0].length);
  return chars.join('');
}
