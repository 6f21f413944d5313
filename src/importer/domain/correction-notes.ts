import { isCorrectionKind, type CorrectionKind } from '../../plugins/editorial/server/src/domain/corrections';
import { parseSiteDate, siteCalendarDate } from './site-dates';

/**
 * A Jekyll post's correction notes as corrections log entries: a front-matter `corrections:` list (each a text, or
 * `{ kind, text, date }`), and the closing paragraphs of the body that begin "Correction:", "Clarification:" or
 * "Update:" (with a date in the label when the note gives one: "Update (20 February 2026):"). The body is not changed:
 * it is what the old site showed and what the export gives back byte for byte. Pure: no Strapi import.
 */

export interface ImportedCorrection {
  kind: CorrectionKind;
  text: string;
  /** From the note when it says, else the post's date; ISO 8601. */
  date: string;
}

export interface CorrectionNotes {
  entries: ImportedCorrection[];
  /** What the import did with each note, for its report. */
  notes: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "Correction:", "**Update, 20 February 2026:**", "_Clarification (2026-02-20)_:" — the label, then what readers read.
const NOTE = /^[*_]{0,2}(correction|clarification|update)\b([^:\n]{0,40}?):[*_]{0,2}\s+([\s\S]+)$/i;

const pad = (value: number) => String(value).padStart(2, '0');

/** The day an instant falls on in the site's zone, as the report names it. */
function siteDay(iso: string, timeZone: string): string {
  const { year, month, day } = siteCalendarDate(iso, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date as notes write it: 2026-02-20, 20 February 2026, February 20, 2026 (month names in English, short or long). */
export function noteDate(text: string, timeZone: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return parseSiteDate(iso[0], timeZone);
  const month = (name: string) => MONTHS.findIndex((candidate) => candidate.startsWith(name.toLowerCase()) && name.length >= 3) + 1;
  const dayFirst = /(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})/i.exec(text);
  const monthFirst = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(text);
  const [day, name, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (!name || month(name) === 0) return null;
  return parseSiteDate(`${year}-${pad(month(name))}-${pad(Number(day))}`, timeZone);
}

/** Markdown emphasis around the whole text, and runs of whitespace, as readers would not see them. */
const plain = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_]{1,2}|[*_]{1,2}$/g, '')
    .trim();

function fromFrontMatter(value: unknown, postDate: string, timeZone: string): CorrectionNotes {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const result: CorrectionNotes = { entries: [], notes: [] };
  list.forEach((item, index) => {
    const record = typeof item === 'string' ? { text: item } : typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const text = typeof record.text === 'string' ? plain(record.text) : '';
    if (!text) return void result.notes.push(`front matter corrections[${index}] has no text: not made an entry`);
    const kind = isCorrectionKind(record.kind) ? record.kind : 'correction';
    const dated = typeof record.date === 'string' ? parseSiteDate(record.date, timeZone) : null;
    result.entries.push({ kind, text, date: dated ?? postDate });
    const day = siteDay(dated ?? postDate, timeZone);
    result.notes.push(`front matter corrections[${index}]: an entry (${kind}) dated ${day}${dated ? '' : ' (the post’s date)'}`);
  });
  return result;
}

/** The body's closing note paragraphs, oldest first, as they were appended. */
function fromBody(body: string, postDate: string, timeZone: string): CorrectionNotes {
  const paragraphs = body.split(/\n\s*\n/);
  const closing: Array<RegExpExecArray> = [];
  for (let index = paragraphs.length - 1; index >= 0; index -= 1) {
    const matched = NOTE.exec(paragraphs[index].trim());
    if (!matched) break;
    closing.unshift(matched);
  }
  const result: CorrectionNotes = { entries: [], notes: [] };
  for (const [, label, when, text] of closing) {
    const kind = label.toLowerCase() as CorrectionKind;
    const dated = noteDate(when, timeZone) ?? noteDate(text.slice(0, 40), timeZone);
    result.entries.push({ kind, text: plain(text), date: dated ?? postDate });
    const date = siteDay(dated ?? postDate, timeZone);
    result.notes.push(`closing "${label}:" paragraph: an entry (${kind}) dated ${date}${dated ? '' : ' (the post’s date)'}; the paragraph stays in the body`);
  }
  return result;
}

export function readCorrectionNotes(frontMatter: Record<string, unknown>, body: string, postDate: string, timeZone: string): CorrectionNotes {
  const listed = fromFrontMatter(frontMatter.corrections, postDate, timeZone);
  const closing = fromBody(body, postDate, timeZone);
  // A note both listed and written at the foot of the post is one correction.
  const fresh = closing.entries.filter((entry) => !listed.entries.some((known) => known.text === entry.text));
  return { entries: [...listed.entries, ...fresh], notes: [...listed.notes, ...closing.notes.filter((_, index) => fresh.includes(closing.entries[index]))] };
}

/** What the importer sends for a post already in the CMS: every stored entry with its key, then the notes not yet entries. */
export function withStoredCorrections<T extends { kind: string; text: string }>(stored: readonly T[], imported: readonly ImportedCorrection[]) {
  const known = (entry: ImportedCorrection) => stored.some((candidate) => candidate.kind === entry.kind && candidate.text === entry.text);
  return [...stored, ...imported.filter((entry) => !known(entry))];
}
