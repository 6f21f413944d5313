import { toSlug } from '#domain/slug';
import { ImportProblem, MESSAGES } from './problems';

/** A FactCheck as read from one text file. Citations are left to the sourcing plugin, which lists every cited number. */
export interface ImportedFactCheck {
  slug: string;
  title: string;
  checkedOn: string | null;
  summary: string;
  sections: Array<{ heading: string; body: string }>;
  bottomLine: string | null;
  limitations: string | null;
  relatedQuestions: string[];
}

// Page furniture copied along with the text: donation appeals, loading placeholders, the desk's disclaimer.
const FURNITURE = [
  /^keep \S+(?: \S+)? independent$/i,
  /^whether you agree or disagree with our analysis\b/i,
  /\bdonation helps us\b/i,
  /^loading(?:…|\.\.\.)?$/i,
  /^disclaimer:/i,
  /^learn more\.?$/i,
];
const TITLE = /^fact check:|\?$/i;
const CHECKED_ON = /^checked on (.+)$/i;
const SUMMARY = /^(?:executive summary|summary of the results|summary)$/i;
const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;
const BULLET = /^[-•*–]\s+/;
const RELATED = /^(?:want to dive deeper\??|related questions)$/i;
const LIMITATIONS = /^(?:missing context(?:\s*\/\s*alternative viewpoints)?|limitations)$/i;
const BOTTOM_LINE = /^bottom line\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "November 29, 2025" or "29 November 2025" → "2025-11-29"; null when it is not a date. */
export function parseCheckedOn(text: string): string | null {
  const words = text.replace(/,/g, ' ').trim().split(/\s+/);
  if (words.length !== 3) return null;
  const monthAt = words.findIndex((word) => MONTHS.includes(word.toLowerCase()));
  if (monthAt === -1 || monthAt === 2) return null;
  const month = MONTHS.indexOf(words[monthAt].toLowerCase()) + 1;
  const day = Number(words[monthAt === 0 ? 1 : 0]);
  const year = Number(words[2]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isInteger(day) || !Number.isInteger(year) || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Block = { kind: 'summary' | 'section' | 'limitations' | 'bottomLine' | 'related'; heading: string; lines: string[] };

/** Paragraphs are separated by a blank line; consecutive bullets stay one Markdown list. */
function markdown(lines: string[]): string {
  return lines
    .map((line, i) => {
      const item = BULLET.test(line) ? line.replace(BULLET, '- ') : line;
      if (i === 0) return item;
      return (BULLET.test(line) && BULLET.test(lines[i - 1]) ? '\n' : '\n\n') + item;
    })
    .join('');
}

function headingKind(line: string, next: string | undefined): Block['kind'] | null {
  if (RELATED.test(line)) return 'related';
  if (LIMITATIONS.test(line)) return 'limitations';
  if (BOTTOM_LINE.test(line) && line.length < 120) return 'bottomLine';
  // The older layout heads each bulleted section with a short line of its own.
  if (next !== undefined && BULLET.test(next) && !BULLET.test(line) && !/[.:]$/.test(line) && line.length < 120) return 'section';
  return null;
}

/**
 * Reads a fact check published as plain text, in either of the desk's layouts: "Executive summary" then numbered
 * sections (the last, "Bottom line…", is also the bottom line), or the older "Summary of the results", "Missing context"
 * and bulleted sections, numbered or not. A "Want to dive deeper?" list becomes related questions; page furniture is left out. The slug is
 * the file's name, as a post's is, so the desk's URLs keep working and an edited question does not make a new record.
 */
export function parseFactCheckText(source: string, fileSlug: string): ImportedFactCheck {
  const all = source
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const lines = all.filter((line) => !FURNITURE.some((pattern) => pattern.test(line)));
  const titleAt = lines.findIndex((line) => TITLE.test(line));
  const start = titleAt === -1 ? 0 : titleAt;
  const title = lines[start];
  if (!title) throw new ImportProblem(MESSAGES.noFactCheckTitle);

  let checkedOn: string | null = null;
  const blocks: Block[] = [{ kind: 'summary', heading: '', lines: [] }];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const current = blocks[blocks.length - 1];
    const checked = CHECKED_ON.exec(line);
    if (checked && checkedOn === null && parseCheckedOn(checked[1])) {
      checkedOn = parseCheckedOn(checked[1]);
      continue;
    }
    if (SUMMARY.test(line)) continue;
    const numbered = current.kind === 'related' ? null : NUMBERED.exec(line);
    if (numbered) {
      // The older layout numbers its summary and its missing context too ("1. Summary of the results").
      const heading = numbered[2];
      const kind: Block['kind'] = SUMMARY.test(heading) ? 'summary' : LIMITATIONS.test(heading) ? 'limitations' : 'section';
      blocks.push({ kind, heading, lines: [] });
      continue;
    }
    const kind = current.kind === 'related' && !RELATED.test(line) ? null : headingKind(line, lines[i + 1]);
    if (kind) blocks.push({ kind, heading: line, lines: [] });
    else current.lines.push(line);
  }

  const of = (kind: Block['kind']) => blocks.filter((block) => block.kind === kind);
  const sections = of('section').map((block) => ({ heading: block.heading, body: markdown(block.lines) }));
  const summary = markdown(of('summary').flatMap((block) => block.lines));
  if (!summary && sections.length === 0) throw new ImportProblem(MESSAGES.noFactCheckBody);
  const numberedBottomLine = of('section').find((block) => BOTTOM_LINE.test(block.heading));
  const bottomLine =
    of('bottomLine')
      .map((block) => markdown(block.lines))
      .join('\n\n') || (numberedBottomLine ? markdown(numberedBottomLine.lines) : '');
  const limitations = of('limitations')
    .map((block) => markdown(block.lines))
    .join('\n\n');
  return {
    slug: toSlug(fileSlug) || toSlug(title),
    title,
    checkedOn,
    summary,
    sections,
    bottomLine: bottomLine || null,
    limitations: limitations || null,
    relatedQuestions: of('related').flatMap((block) => block.lines.map((line) => line.replace(BULLET, ''))),
  };
}
