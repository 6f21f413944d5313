import type { StyleDocument } from '../prose/document';
import { MESSAGES } from '../messages';
import type { Advisory } from '../types';

/** Bullet points and numbered lists in the body, each list once, over its whole extent. */
export function listRule(document: StyleDocument): Advisory[] {
  return document.lists.map(({ start, end }) => ({ rule: 'no-list', field: 'body', message: MESSAGES['no-list'], start, end }));
}

/** Block quotes in the body, each once, over its whole extent. */
export function blockQuoteRule(document: StyleDocument): Advisory[] {
  return document.blockQuotes.map(({ start, end }) => ({ rule: 'no-block-quote', field: 'body', message: MESSAGES['no-block-quote'], start, end }));
}
