import fs from 'fs';
import path from 'path';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');

/** The Markdown body of one of the Adriatic's Jekyll posts (everything after its front matter). */
export function postBody(file: string): string {
  const text = fs.readFileSync(path.join(FIXTURES, 'adriatic', '_posts', file), 'utf8');
  const end = text.indexOf('\n---', 3);
  return text.slice(end + 4).trim();
}

export type FixtureFactCheck = {
  title: string;
  summary: string;
  sections: Array<{ heading: string; body: string }>;
};

/**
 * The parts of a fixture fact check the sourcing rules read: title, summary and numbered sections (the last of which
 * is the bottom line). A test's reading of the two known layouts; the importer owns the general case.
 */
export function factCheckText(file: string): FixtureFactCheck {
  const lines = fs
    .readFileSync(path.join(FIXTURES, 'factchecks', file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const summaryAt = lines.findIndex((line) => /^executive summary$/i.test(line));
  const endAt = lines.findIndex((line) => /^want to dive deeper\?$/i.test(line));
  const title = lines.slice(0, summaryAt).find((line) => line.endsWith('?') || /^fact check:/i.test(line)) ?? lines[0];
  const sections: FixtureFactCheck['sections'] = [];
  const summary: string[] = [];
  for (const line of lines.slice(summaryAt + 1, endAt < 0 ? undefined : endAt)) {
    const heading = /^\d+\.\s+(.*)$/.exec(line);
    if (heading) sections.push({ heading: heading[1], body: '' });
    else if (sections.length > 0) sections[sections.length - 1].body += `${sections[sections.length - 1].body ? '\n\n' : ''}${line}`;
    else summary.push(line);
  }
  return { title, summary: summary.join('\n\n'), sections };
}
