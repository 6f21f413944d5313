export const OUTCOMES = ['created', 'updated', 'unchanged', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TALLIED_TYPES = ['Article', 'FactCheck', 'Author', 'Category', 'Kicker', 'Highlight', 'Source'] as const;
export type TalliedType = (typeof TALLIED_TYPES)[number];

export type Tally = Record<TalliedType, Record<Outcome, number>>;

export function emptyTally(): Tally {
  return Object.fromEntries(TALLIED_TYPES.map((type) => [type, { created: 0, updated: 0, unchanged: 0, failed: 0 }])) as Tally;
}

export function count(tally: Tally, type: TalliedType, outcome: Outcome, by = 1): void {
  tally[type][outcome] += by;
}

/** The closing summary: one row per type, one column per outcome, aligned for a terminal. */
export function renderTally(tally: Tally): string {
  const header = ['', ...OUTCOMES];
  const rows = TALLIED_TYPES.map((type) => [type, ...OUTCOMES.map((outcome) => String(tally[type][outcome]))]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
