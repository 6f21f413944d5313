/** A fact check as the exporter reads it from the CMS: the fields the importer's text layout carries. */
export interface FactCheckForExport {
  slug: string;
  title: string;
  /** `2025-11-29`. */
  checkedOn: string | null;
  summary: string | null;
  sections: Array<{ heading: string; body: string | null }>;
  bottomLine: string | null;
  limitations: string | null;
  relatedQuestions: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BOTTOM_LINE = /^bottom line\b/i;

/** `2025-11-29` → `November 29, 2025`, as the desk's pages print it. */
function checkedOnText(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * Where a fact check goes in the site: `_factchecks/<slug>.txt`, or `_factchecks/_drafts/<slug>.txt` for one readers cannot
 * see. The importer takes the slug from the file's name, and its import key from the name inside the folder given.
 */
export const factCheckPath = (slug: string, draft: boolean): string => `_factchecks/${draft ? '_drafts/' : ''}${slug}.txt`;

/**
 * A fact check in the desk's "Executive summary" text layout, which the importer reads back into the same fields: the
 * title, "Checked on", the summary, numbered sections, "Missing context" (the limitations), a "Bottom line" unless the
 * last numbered section already is it, and "Want to dive deeper?" with one question a line. Blocks are separated by a
 * blank line; the fields' own Markdown is written as stored. Citations are not part of the layout, nor is the verdict.
 */
export function factCheckText(factCheck: FactCheckForExport): string {
  const blocks: string[] = [factCheck.title];
  if (factCheck.checkedOn) blocks.push(`Checked on ${checkedOnText(factCheck.checkedOn)}`);
  if (factCheck.summary) blocks.push('Executive summary', factCheck.summary);
  factCheck.sections.forEach((section, index) => {
    blocks.push(`${index + 1}. ${section.heading}`);
    if (section.body) blocks.push(section.body);
  });
  if (factCheck.limitations) blocks.push('Missing context', factCheck.limitations);
  const sectionSaysIt = factCheck.sections.find((section) => BOTTOM_LINE.test(section.heading))?.body === factCheck.bottomLine;
  if (factCheck.bottomLine && !sectionSaysIt) blocks.push('Bottom line', factCheck.bottomLine);
  if (factCheck.relatedQuestions.length > 0) blocks.push('Want to dive deeper?', factCheck.relatedQuestions.map((question) => `- ${question}`).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
