import { chooseSuites } from '../../helpers/choose-suites';

const SUITES = ['slugs', 'sourcing-articles', 'sourcing-fact-checks', 'delivery', 'delivery-feeds'];

describe('choosing the API suites to run', () => {
  it('runs every suite, in order, when no word is given', () => {
    expect(chooseSuites(SUITES, undefined)).toEqual(SUITES);
    expect(chooseSuites(SUITES, ' , ')).toEqual(SUITES);
  });

  it('runs the suites whose names contain a word given, keeping their order', () => {
    expect(chooseSuites(SUITES, 'sourcing')).toEqual(['sourcing-articles', 'sourcing-fact-checks']);
    expect(chooseSuites(SUITES, 'feeds,slugs')).toEqual(['slugs', 'delivery-feeds']);
  });

  it('refuses a word that matches no suite, naming the suites there are', () => {
    expect(() => chooseSuites(SUITES, 'sourcing,sluggs')).toThrow('No API suite is called sluggs; there are: slugs, sourcing-articles');
  });
});
