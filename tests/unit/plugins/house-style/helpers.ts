import { DEFAULT_SETTINGS } from '../../../../src/plugins/house-style/server/src/constants';
import { applySuggestion, checkStyle } from '../../../../src/plugins/house-style/server/src/domain/check';
import type { StyleSettings } from '../../../../src/plugins/house-style/server/src/domain/settings';
import type { Advisory, RuleId, StyleInput } from '../../../../src/plugins/house-style/server/src/domain/types';

/** One rule alone, over a body (or a full input), with the default settings or some changed. */
export function advisories(rule: RuleId, input: string | StyleInput, settings: Partial<StyleSettings> = {}): Advisory[] {
  const only = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.rules).map((id) => [id, id === rule])) as StyleSettings['rules'];
  return checkStyle(typeof input === 'string' ? { markdown: input } : input, { ...DEFAULT_SETTINGS, ...settings, rules: only });
}

/** The stored text each advisory marks. */
export const marked = (rule: RuleId, markdown: string, settings: Partial<StyleSettings> = {}): string[] =>
  advisories(rule, markdown, settings).map((advisory) => markdown.slice(advisory.start, advisory.end));

/** The body after applying every suggestion of the rule, last first so earlier offsets hold. */
export function fixed(rule: RuleId, markdown: string): string {
  return advisories(rule, markdown)
    .reverse()
    .reduce((text, advisory) => applySuggestion(text, advisory), markdown);
}
