import { rangeFinding, rangeFindings, yearOf, type RangedFieldSchema } from '../../../src/guards/field-ranges';

describe('Field ranges: dates', () => {
  it.each([
    ['1066-10-14', 1066],
    ['2026-02-19T08:00:00.000Z', 2026],
    ['+010000-01-01T00:00:00.000Z', 10000],
    ['0202-02-19', 202],
    ['not a date', null],
  ])('reads the year of %s as written', (value, year) => {
    expect(yearOf(value)).toBe(year);
  });

  it.each(['1899-12-31', '2201-01-01', '1066-10-14T09:00:00.000Z', '9999-12-31T00:00:00.000Z', '0202-02-19'])('refuses %s', (value) => {
    expect(rangeFinding('checkedOn', { type: 'date' }, value, ['checkedOn'])).toMatchObject({ code: 'date-out-of-range', path: ['checkedOn'] });
  });

  it.each(['1900-01-01', '2200-12-31', '2026-02-19T08:00:00.000Z', '1999-12-31T23:30:00-01:00'])('takes %s', (value) => {
    expect(rangeFinding('datePublished', { type: 'datetime' }, value, ['datePublished'])).toBeUndefined();
  });

  it('leaves a value that is no date to Strapi', () => {
    expect(rangeFinding('checkedOn', { type: 'date' }, 'soon', ['checkedOn'])).toBeUndefined();
  });
});

describe('Field ranges: numbers', () => {
  const citationNumber: RangedFieldSchema = { type: 'integer', min: 1, max: 999 };

  it.each([0, -1, '0', 1000])('refuses the citation number %p', (value) => {
    expect(rangeFinding('number', citationNumber, value, ['number'])).toBeDefined();
  });

  it.each([1, 999, '3'])('takes the citation number %p', (value) => {
    expect(rangeFinding('number', citationNumber, value, ['number'])).toBeUndefined();
  });

  it('has no limit where the schema sets none', () => {
    expect(rangeFinding('count', { type: 'integer' }, -5, ['count'])).toBeUndefined();
  });
});

describe('Field ranges: walking a document', () => {
  const components: Record<string, Record<string, RangedFieldSchema>> = { 'factcheck.citation': { number: { type: 'integer', min: 1, max: 999 } } };
  const attributes: Record<string, RangedFieldSchema> = {
    checkedOn: { type: 'date' },
    citations: { type: 'component', component: 'factcheck.citation', repeatable: true },
  };

  it('names each value out of range by its path, in repeatable components too', () => {
    const findings = rangeFindings({ checkedOn: '1899-01-01', citations: [{ number: 1 }, { number: 0 }] }, attributes, (uid) => components[uid]);
    expect(findings.map((finding) => finding.path)).toEqual([['checkedOn'], ['citations', 1, 'number']]);
  });
});
