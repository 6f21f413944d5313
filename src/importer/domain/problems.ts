/** A reason one input file cannot be imported, phrased for the person running the import. */
export class ImportProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportProblem';
  }
}

export const MESSAGES = {
  noFrontMatter: 'no front matter: a Jekyll post starts with a "---" block',
  frontMatterNotMap: 'front matter is not a list of "key: value" pairs',
  badYaml: (reason: string) => `malformed front matter: ${reason}`,
  missingTitle: 'missing title',
  badFileName: 'file name is not YYYY-MM-DD-title.md, and the front matter has no date',
  badDate: (key: string, value: string) => `${key} "${value}" is not a date`,
  badField: (key: string) => `${key} must be text`,
  authorsNotMap: '_data/authors.yml must map each author name to their details',
  noFactCheckTitle: 'no question or title found',
  noFactCheckBody: 'no summary and no numbered sections found',
} as const;
