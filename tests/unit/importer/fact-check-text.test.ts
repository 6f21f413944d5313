import fs from 'fs';
import path from 'path';
import { parseCheckedOn, parseFactCheckText } from '../../../src/importer/domain/fact-check-text';

const FACT_CHECKS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'factchecks');
const fixture = (name: string) => parseFactCheckText(fs.readFileSync(path.join(FACT_CHECKS, `${name}.txt`), 'utf8'), name);

const OLDER_LAYOUT = `Loading…
Fact check: Did the bridge reopen in March?
Checked on 4 March 2024
Summary of the results
- The bridge reopened to pedestrians on 1 March [1].
- Cars still cannot cross [2].
What the ministry said
- The ministry announced a phased reopening [1].
- No date was given for cars [3].
Missing context
- Repairs were funded by the EU [4].
Want to dive deeper?
- When will cars be allowed on the bridge?
`;

describe('reading a fact check published as text', () => {
  it.each([
    ['us-mission-in-kfor', 'us-mission-in-kfor', '2025-11-29', 5],
    ['why-is-the-us-in-kosovo', 'why-is-the-us-in-kosovo', null, 0],
  ])('reads %s: seven numbered sections, the seventh also the bottom line', (name, slug, checkedOn, related) => {
    const factCheck = fixture(name);
    expect(factCheck.slug).toBe(slug);
    expect(factCheck.checkedOn).toBe(checkedOn);
    expect(factCheck.sections).toHaveLength(7);
    expect(factCheck.sections[6].heading).toMatch(/^Bottom line/i);
    expect(factCheck.bottomLine).toBe(factCheck.sections[6].body);
    expect(factCheck.relatedQuestions).toHaveLength(related);
    expect(factCheck.summary).toMatch(/^The United States (contributes|maintains)/);
  });

  it('takes the question as the title and the numbered headings without their numbers', () => {
    const factCheck = fixture('us-mission-in-kfor');
    expect(factCheck.title).toBe("What mission does the US perform within NATO's KFOR peacekeeping operation in Kosovo today?");
    expect(factCheck.sections[1].heading).toBe('Training, civil‑military engagement and emergency response');
    expect(factCheck.relatedQuestions[0]).toBe('What specific tasks do US forces perform in NATO KFOR in Kosovo as of 2025?');
  });

  it('leaves out the donation appeal and the disclaimer', () => {
    const text = JSON.stringify([fixture('why-is-the-us-in-kosovo'), fixture('us-mission-in-kfor')]);
    expect(text).not.toMatch(/Keep Factually independent|donation|Disclaimer|can make mistakes/);
    expect(fixture('why-is-the-us-in-kosovo').title).toBe('Fact check: Why is the us in kosovo');
  });

  it('keeps the leaked reference token, for the sourcing plugin to report', () => {
    expect(fixture('us-mission-in-kfor').sections[5].body).toContain('p1_s4');
  });

  it('reads the older layout: bulleted summary, missing context as limitations, bulleted sections', () => {
    const factCheck = parseFactCheckText(OLDER_LAYOUT, 'bridge');
    expect(factCheck.title).toBe('Fact check: Did the bridge reopen in March?');
    expect(factCheck.checkedOn).toBe('2024-03-04');
    expect(factCheck.summary).toBe('- The bridge reopened to pedestrians on 1 March [1].\n- Cars still cannot cross [2].');
    expect(factCheck.sections).toEqual([
      { heading: 'What the ministry said', body: '- The ministry announced a phased reopening [1].\n- No date was given for cars [3].' },
    ]);
    expect(factCheck.limitations).toBe('- Repairs were funded by the EU [4].');
    expect(factCheck.relatedQuestions).toEqual(['When will cars be allowed on the bridge?']);
  });

  it('reads the older layout with numbered headings and blank lines the same way', () => {
    const numbered = `Fact check: Did the bridge reopen in March?

Checked on 4 March 2024

1. Summary of the results

- The bridge reopened to pedestrians on 1 March [1].
- Cars still cannot cross [2].

2. Missing context/alternative viewpoints

- Repairs were funded by the EU [4].

3. What the ministry said

- The ministry announced a phased reopening [1].
- No date was given for cars [3].
`;
    const factCheck = parseFactCheckText(numbered, 'bridge');
    expect(factCheck.summary).toBe('- The bridge reopened to pedestrians on 1 March [1].\n- Cars still cannot cross [2].');
    expect(factCheck.limitations).toBe('- Repairs were funded by the EU [4].');
    expect(factCheck.sections).toEqual([
      { heading: 'What the ministry said', body: '- The ministry announced a phased reopening [1].\n- No date was given for cars [3].' },
    ]);
  });

  it.each([
    ['an empty file', '', 'no question or title found'],
    ['a title with nothing under it', 'Is the sky green?\n', 'no summary and no numbered sections found'],
  ])('refuses %s with a reason', (_, text, reason) => {
    expect(() => parseFactCheckText(text, 'x')).toThrow(reason);
  });

  it.each([
    ['November 29, 2025', '2025-11-29'],
    ['29 November 2025', '2025-11-29'],
    ['February 30, 2025', null],
    ['sometime in 2025', null],
  ])('reads the checked-on date "%s"', (text, expected) => {
    expect(parseCheckedOn(text)).toBe(expected);
  });
});
