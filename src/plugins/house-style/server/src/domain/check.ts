import { readDocument } from './prose/document';
import { RULES } from './rules';
import type { StyleSettings } from './settings';
import { RULE_IDS, type Advisory, type Field, type StyleInput } from './types';

const FIELD_ORDER: Record<Field, number> = { title: 0, deck: 1, body: 2 };

/** Every advisory the switched-on rules give on the body, headline and standfirst, in reading order. */
export function checkStyle(input: StyleInput, settings: StyleSettings): Advisory[] {
  const document = readDocument(input.markdown, input.title, input.deck);
  return RULE_IDS.filter((id) => settings.rules[id])
    .flatMap((id) => RULES[id](document, settings))
    .sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start || a.end - b.end);
}

/** Lays an advisory's suggestion into the text it was found in; the text unchanged when the advisory has none. */
export function applySuggestion(text: string, advisory: Pick<Advisory, 'start' | 'end' | 'suggestion'>): string {
  if (advisory.suggestion === undefined) return text;
  return text.slice(0, advisory.start) + advisory.suggestion + text.slice(advisory.end);
}
