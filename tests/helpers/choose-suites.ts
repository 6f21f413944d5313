/**
 * The API suites to run: all of them, or those whose names contain one of the comma-separated words in `filter`.
 * A word that matches no suite is an error naming the suites there are, so a typo does not pass as an empty run.
 */
export function chooseSuites(suites: readonly string[], filter: string | undefined): string[] {
  const words = (filter ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  if (words.length === 0) return [...suites];
  const unmatched = words.filter((word) => !suites.some((suite) => suite.includes(word)));
  if (unmatched.length > 0) throw new Error(`No API suite is called ${unmatched.join(', ')}; there are: ${suites.join(', ')}.`);
  return suites.filter((suite) => words.some((word) => suite.includes(word)));
}
