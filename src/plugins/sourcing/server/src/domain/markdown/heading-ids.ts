import type MarkdownIt from 'markdown-it';

/**
 * kramdown's GFM header id, as Jekyll 4 writes it: the heading's source text lower-cased, every character that is not
 * a letter, mark, digit, underscore, hyphen, space or tab removed, spaces and tabs turned into hyphens. Nothing else is
 * folded, so "Čevapi & Ćuprija" becomes "čevapi--ćuprija" (two hyphens where the "&" was) and "1. Votes" "1-votes".
 */
export function kramdownHeadingId(source: string): string {
  return source
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, '')
    .replace(/[ \t]/g, '-');
}

/** Ids in document order, a repeated one numbered from 1 ("votes", "votes-1", "votes-2"), as kramdown counts them. */
export function uniqueIds(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const count = (seen.get(id) ?? -1) + 1;
    seen.set(id, count);
    return count === 0 ? id : `${id}-${count}`;
  };
}

/**
 * Gives every heading without an id of its own (from an attribute list) kramdown's id. It runs after the attribute
 * lists are applied, so it reads the heading's source without them; an id set by hand takes no number from the count.
 */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('kramdown_heading_ids', (state) => {
    const next = uniqueIds();
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open' || token.attrGet('id') !== null) return;
      token.attrSet('id', next(kramdownHeadingId(state.tokens[index + 1]?.content ?? '')));
    });
  });
}
