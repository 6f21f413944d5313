import fs from 'fs';
import path from 'path';
import { pngDeclaring as png } from './png';
import { XSS_VECTORS } from './xss-vectors';

/**
 * The heavy requests the bad-input, bad-queries and hostile-text suites send, each beside a plain small valid request
 * of the same route (its baseline).
 */
export interface Probe {
  method: 'GET' | 'POST';
  path: string;
  /** Sent with the editor's full-access token; reads go without, as a reader's would. */
  signed: boolean;
  /** Built before each send and its timing, so every save is a new draft with a title of its own. */
  body?: () => string | FormData;
}

export interface RequestClass {
  name: string;
  hostile: Probe;
  baseline: Probe;
}

const upload = (name: string, file: Buffer) => (): FormData => {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(file)], { type: 'image/png' }), name);
  return form;
};

const multipartSave = (megabytes: number) => (): FormData => {
  const form = new FormData();
  form.append('data', JSON.stringify({ title: title('Form'), body: 'x'.repeat(megabytes * 1024 * 1024) }));
  return form;
};

// The stored-XSS vectors of the hostile-text suite and a script link definition, repeated into a long body.
const XSS = [...XSS_VECTORS, '[r]: javascript:alert(1)'];

let serial = 0;
/** A title no other save in the run has, so every article save is a new draft. */
const title = (label: string): string => `${label} ${process.pid} ${++serial}`;
const list = (count: number, item: (index: number) => unknown): unknown[] => Array.from({ length: count }, (_, index) => item(index));

const draftArticle = (data: Record<string, unknown>): Probe => ({
  method: 'POST',
  path: '/api/articles?status=draft',
  signed: true,
  body: () => JSON.stringify({ data: { title: title('Bench'), ...data } }),
});
const draftFactCheck = (data: Record<string, unknown>): Probe => ({
  method: 'POST',
  path: '/api/fact-checks?status=draft',
  signed: true,
  body: () => JSON.stringify({ data: { title: title('Check'), ...data } }),
});
const raw = (json: string): Probe => ({ method: 'POST', path: '/api/articles?status=draft', signed: true, body: () => json });
const read = (query: string): Probe => ({ method: 'GET', path: `/api/articles${query}`, signed: false });

const SMALL_ARTICLE = (): Probe => draftArticle({ deck: 'A short deck.', body: 'One plain paragraph.' });
const SMALL_FACT_CHECK = (): Probe => draftFactCheck({ relatedQuestions: [{ question: 'Why?' }] });
const PLAIN_READ = read('?pagination[pageSize]=10');

type FactCheckList = 'sections' | 'citations' | 'relatedQuestions';

/** The fact check's list caps, its schema's `max` (read from the checkout the bench runs in), for the largest draft. */
function factCheckCaps(): Record<FactCheckList, number> {
  const file = path.resolve('src/api/fact-check/content-types/fact-check/schema.json');
  const { attributes } = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<FactCheckList, { max: number }> };
  return { sections: attributes.sections.max, citations: attributes.citations.max, relatedQuestions: attributes.relatedQuestions.max };
}

export function requestClasses(): RequestClass[] {
  const caps = factCheckCaps();
  return [
    {
      name: '5,000 related questions',
      hostile: draftFactCheck({ relatedQuestions: list(5000, (i) => ({ question: `Question ${i}?` })) }),
      baseline: SMALL_FACT_CHECK(),
    },
    {
      name: `${caps.relatedQuestions} related questions (at the cap)`,
      hostile: draftFactCheck({ relatedQuestions: list(caps.relatedQuestions, (i) => ({ question: `Question ${i}?` })) }),
      baseline: SMALL_FACT_CHECK(),
    },
    {
      name: 'fact check with every list at its cap',
      hostile: draftFactCheck({
        sections: list(caps.sections, (i) => ({ heading: `Section ${i}`, body: `Text of section ${i} citing [${i + 1}].` })),
        citations: list(caps.citations, (i) => ({ number: i + 1 })),
        relatedQuestions: list(caps.relatedQuestions, (i) => ({ question: `Question ${i}?` })),
      }),
      baseline: SMALL_FACT_CHECK(),
    },
    {
      name: 'PNG declaring 16000×16000',
      hostile: { method: 'POST', path: '/api/upload', signed: true, body: upload('bomb.png', png(16000, 16000)) },
      baseline: { method: 'POST', path: '/api/upload', signed: true, body: upload('dot.png', png(1, 1)) },
    },
    { name: 'JSON body of 2 MB', hostile: draftArticle({ body: 'x'.repeat(2 * 1024 * 1024) }), baseline: SMALL_ARTICLE() },
    {
      name: 'multipart field of 2 MB',
      hostile: { method: 'POST', path: '/api/articles', signed: true, body: multipartSave(2) },
      baseline: SMALL_ARTICLE(),
    },
    {
      name: 'multipart field of 30 MB',
      hostile: { method: 'POST', path: '/api/articles', signed: true, body: multipartSave(30) },
      baseline: SMALL_ARTICLE(),
    },
    { name: 'JSON nested 5,000 deep', hostile: raw(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), baseline: SMALL_ARTICLE() },
    { name: 'JSON arrays 100,000 deep', hostile: raw(`${'['.repeat(100000)}1${']'.repeat(100000)}`), baseline: SMALL_ARTICLE() },
    // Node answers 431 to a request line past 16 KB, so these hold as many keys as fit below it.
    { name: '2,500 bracket keys in a query', hostile: read(`?${list(2500, () => 'a[]=1').join('&')}`), baseline: PLAIN_READ },
    { name: 'XSS vectors in a long body', hostile: draftArticle({ body: XSS.join('\n\n').repeat(400) }), baseline: SMALL_ARTICLE() },
    { name: 'XSS vectors in plain text', hostile: draftArticle({ deck: XSS.join(' ') }), baseline: SMALL_ARTICLE() },
    { name: 'filter nested 200 deep', hostile: read(`?filters${'[$and][0]'.repeat(200)}[title][$eq]=x`), baseline: PLAIN_READ },
    { name: '$or of 500 branches', hostile: read(`?${list(500, (i) => `filters[$or][${i}][id]=${i}`).join('&')}`), baseline: PLAIN_READ },
    { name: 'pageSize of 100,000', hostile: read('?pagination[pageSize]=100000'), baseline: PLAIN_READ },
    { name: '5,000 bylines in one save', hostile: draftArticle({ authors: { connect: list(5000, (i) => `author${i}`) } }), baseline: SMALL_ARTICLE() },
  ];
}
