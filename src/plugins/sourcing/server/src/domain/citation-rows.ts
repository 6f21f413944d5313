import { citedNumbers, citedNumbersIn, type CitingText } from './citations';

/**
 * The Citations panel's rows: one per citation number, listed or only cited, with the sentences citing it and the
 * Source it stands for. Pure: no Strapi import; the admin panel runs it on the edit form's current text.
 */

/** A Source as an editor knows it: by its title and host, never by its raw address alone. */
export interface SourceLabel {
  documentId: string;
  title: string | null;
  url: string;
}

/** A citation entry as the panel holds it: its number and the Source chosen for it, if any. */
export interface CitationEntryLabel {
  number: number;
  source: SourceLabel | null;
}

/**
 * `complete`: cited, with a source. `cited-without-source`: the text cites it and no source is chosen (publishing is
 * refused). `never-cited`: a source is listed that no sentence cites (refused too). `unused`: an empty entry no
 * sentence cites (harmless).
 */
export type CitationState = 'complete' | 'cited-without-source' | 'never-cited' | 'unused';

export interface CitationRow {
  number: number;
  sentences: string[];
  source: SourceLabel | null;
  /** False for a number the text cites that the list has no entry for yet. */
  listed: boolean;
  state: CitationState;
}

/** The host a reader sees, without "www."; the address itself when it is not one. */
export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}

/** "Title (host)", or the host alone for a source without a title. */
export function sourceName(source: Pick<SourceLabel, 'title' | 'url'>): string {
  const host = hostOf(source.url);
  return source.title ? `${source.title} (${host})` : host;
}

// Intl.Segmenter splits sentences by the Unicode rules (UAX #29), the same in Node and in the browser; no hand-written splitter.
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Each sentence of the texts that cites `number`, trimmed, in the order the texts come. */
export function sentencesCiting(texts: readonly CitingText[], number: number): string[] {
  return texts.flatMap(({ text }) =>
    [...sentences.segment(text)].map(({ segment }) => segment.trim()).filter((sentence) => citedNumbers(sentence).includes(number)),
  );
}

/** What a row shows of a sentence: all of it when short, else the words just before the number, up to `max` characters. */
export function excerptCiting(sentence: string, number: number, max = 160): string {
  if (sentence.length <= max) return sentence;
  const marker = sentence.indexOf(`[${number}]`);
  const end = marker === -1 ? max : Math.max(marker + `[${number}]`.length, Math.min(max, sentence.length));
  const start = Math.max(0, end - max);
  const cut = sentence.slice(start, end).replace(/^\S*\s/, '');
  return `${start > 0 ? '…' : ''}${start > 0 ? cut : sentence.slice(0, end)}${end < sentence.length ? '…' : ''}`;
}

function stateOf(cited: boolean, source: SourceLabel | null): CitationState {
  if (cited) return source ? 'complete' : 'cited-without-source';
  return source ? 'never-cited' : 'unused';
}

/** Every listed entry and every cited number without one, in number order; the first entry of a number listed twice. */
export function citationRows(texts: readonly CitingText[], entries: readonly CitationEntryLabel[]): CitationRow[] {
  const cited = new Set(citedNumbersIn(texts));
  const byNumber = new Map<number, CitationEntryLabel>();
  for (const entry of entries) if (!byNumber.has(entry.number)) byNumber.set(entry.number, entry);
  const numbers = [...new Set([...byNumber.keys(), ...cited])].sort((a, b) => a - b);
  return numbers.map((number) => {
    const source = byNumber.get(number)?.source ?? null;
    return { number, sentences: sentencesCiting(texts, number), source, listed: byNumber.has(number), state: stateOf(cited.has(number), source) };
  });
}
