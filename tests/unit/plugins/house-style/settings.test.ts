import { validateConfig } from '../../../../src/plugins/house-style/server/src/config';
import { DEFAULT_SETTINGS } from '../../../../src/plugins/house-style/server/src/constants';
import { readSettings, settingsPatch } from '../../../../src/plugins/house-style/server/src/domain/settings';
import { advisories } from './helpers';
import { checkStyle } from '../../../../src/plugins/house-style/server/src/domain/check';

describe('the house-style settings', () => {
  it('switch one rule off and keep the others as they were', () => {
    const { settings, errors } = readSettings({ rules: { 'first-person': false } }, DEFAULT_SETTINGS);
    expect(errors).toEqual([]);
    expect(settings.rules['first-person']).toBe(false);
    expect(settings.rules['uk-spelling']).toBe(true);
  });

  it('run only the rules that are on', () => {
    const rules = { ...DEFAULT_SETTINGS.rules, 'first-person': false };
    expect(checkStyle({ markdown: 'We organize.' }, { ...DEFAULT_SETTINGS, rules }).map((advisory) => advisory.rule)).toEqual(['uk-spelling']);
  });

  it.each([
    [{ rules: { 'no-such-rule': true } }, 'rules.no-such-rule'],
    [{ colour: 'blue' }, 'colour'],
    [{ wordsPerQuote: 3 }, 'wordsPerQuote'],
    [{ extraSpellings: ['program programme'] }, 'extraSpellings'],
    [{ knownAcronyms: 'EU' }, 'knownAcronyms'],
  ])('refuse %j, naming %s', (input, path) => {
    const parsed = settingsPatch.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(readSettings(input, DEFAULT_SETTINGS).errors.map((error) => error.path.join('.'))).toEqual([path]);
  });

  it('keep the valid fields of stored settings that are partly wrong', () => {
    const { settings } = readSettings({ wordsPerQuote: 600, quoteMinWords: -1 }, DEFAULT_SETTINGS);
    expect([settings.wordsPerQuote, settings.quoteMinWords]).toEqual([600, DEFAULT_SETTINGS.quoteMinWords]);
  });

  it('tidy word lists: entries trimmed, blanks dropped, duplicates once', () => {
    expect(readSettings({ knownAcronyms: [' CEC ', '', 'CEC', 'RS'] }, DEFAULT_SETTINGS).settings.knownAcronyms).toEqual(['CEC', 'RS']);
  });

  it('let a newsroom name acronyms its readers know', () => {
    expect(advisories('acronym-first-use', 'The CEC met.', { knownAcronyms: ['CEC'] })).toEqual([]);
  });

  it('stop the server at boot on a wrong plugin configuration, naming the setting', () => {
    expect(() => validateConfig({ rules: { 'first-person': 'no' } })).toThrow(/^house-style: rules\.first-person: /);
    expect(() => validateConfig({ knownAcronyms: ['CEC'], rules: { 'small-number': false } })).not.toThrow();
  });
});
