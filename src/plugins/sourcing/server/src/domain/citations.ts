import { FACT_CHECK_TEXT_FIELDS, MESSAGES } from '../constants';
import type { Finding } from './findings';

/** A piece of fact-check text and where it lives in the document (["sections", 2, "body"]). */
export interface CitingText {
  path: Array<string | number>;
  text: string;
}

/** A fact check's texts that may cite sources, as saved or as the edit form holds them. */
export interface FactCheckTexts {
  summary?: unknown;
  bottomLine?: unknown;
  limitations?: unknown;
  sections?: unknown;
}

/** The texts of a fact check that may cite sources, each with the path the admin panel marks. */
export function citingTexts(factCheck: FactCheckTexts): CitingText[] {
  const texts: CitingText[] = [];
  for (const field of FACT_CHECK_TEXT_FIELDS) {
    const text = factCheck[field];
    if (typeof text === 'string') texts.push({ path: [field], text });
  }
  const sections = Array.isArray(factCheck.sections) ? factCheck.sections : [];
  sections.forEach((section: { heading?: unknown; body?: unknown }, index: number) => {
    if (typeof section?.heading === 'string') texts.push({ path: ['sections', index, 'heading'], text: section.heading });
    if (typeof section?.body === 'string') texts.push({ path: ['sections', index, 'body'], text: section.body });
  });
  return texts;
}

/** One entry of the ordered citation list: its number and whether a Source is chosen for it. */
export interface CitationEntry {
  number: number;
  hasSource: boolean;
}

// "[3]" cites source 3; "[3](…)" is a Markdown link and "[3]:" a link definition, not citations.
const CITATION = /\[(\d{1,3})\](?![(:[])/g;
// Internal paragraph/sentence references of the desk's drafting tool ("p1_s4") that must never reach readers.
const LEAKED_TOKEN = /\bp\d+_s\d+\b/g;

export function citedNumbers(text: string): number[] {
  return [...text.matchAll(CITATION)].map((match) => Number(match[1])).filter((number) => number > 0);
}

export function leakedTokens(text: string): string[] {
  return [...text.matchAll(LEAKED_TOKEN)].map((match) => match[0]);
}

/** Every number cited anywhere in the texts, ascending, once each. */
export function citedNumbersIn(texts: readonly CitingText[]): number[] {
  return [...new Set(texts.flatMap(({ text }) => citedNumbers(text)))].sort((a, b) => a - b);
}

/**
 * The ordered citation list after a save: the entries an editor already has (with their sources and notes), plus an
 * empty entry for every number the text cites that the list lacks, sorted by number. Nothing is dropped: an entry no
 * longer cited stays, for the integrity report to point out.
 */
export function completeCitationList<T extends { number: unknown }>(entries: readonly T[], cited: readonly number[]): Array<T | { number: number }> {
  const listed = new Set(entries.map((entry) => Number(entry.number)));
  const added = cited.filter((number) => !listed.has(number)).map((number) => ({ number }));
  return [...entries, ...added].sort((a, b) => Number(a.number) - Number(b.number));
}

/** True when completing the list would change it (an entry to add or an order to fix). */
export function citationListNeedsCompleting(entries: readonly { number: unknown }[], cited: readonly number[]): boolean {
  const numbers = entries.map((entry) => Number(entry.number));
  const sorted = numbers.every((number, index) => index === 0 || numbers[index - 1] <= number);
  return !sorted || cited.some((number) => !numbers.includes(number));
}

/**
 * What stands between a fact check and publication: cited numbers without a source (or without an entry), sources
 * listed but never cited, numbers listed twice, and internal reference tokens leaked into the text.
 */
export function citationFindings(texts: readonly CitingText[], citations: readonly CitationEntry[]): Finding[] {
  const findings: Finding[] = [];
  const cited = new Set(citedNumbersIn(texts));
  const seen = new Set<number>();

  citations.forEach((entry, index) => {
    if (seen.has(entry.number)) {
      findings.push({ code: 'duplicate-citation', path: ['citations', index, 'number'], message: MESSAGES.duplicateCitation(entry.number) });
      return;
    }
    seen.add(entry.number);
    if (cited.has(entry.number) && !entry.hasSource) {
      findings.push({ code: 'citation-without-source', path: ['citations', index, 'source'], message: MESSAGES.citationWithoutSource(entry.number) });
    }
    if (!cited.has(entry.number) && entry.hasSource) {
      findings.push({ code: 'source-never-cited', path: ['citations', index, 'number'], message: MESSAGES.sourceNeverCited(entry.number) });
    }
  });

  for (const number of cited) {
    if (!seen.has(number)) findings.push({ code: 'citation-not-listed', path: ['citations'], message: MESSAGES.citationNotListed(number) });
  }
  for (const { path, text } of texts) {
    for (const token of new Set(leakedTokens(text))) findings.push({ code: 'leaked-token', path, message: MESSAGES.leakedToken(token) });
  }
  return findings;
}
