import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { dumpDerivedRows } from '../../helpers/derived-rows';
import { approve } from '../../helpers/editorial';
import { editor, unique } from '../../helpers/http';
import { postBody } from '../../helpers/fixtures';
import { withReferenceWrites } from '../../helpers/reference-sourcing';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE_UID = 'api::article.article';
const POSTS = fs.readdirSync(path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts')).sort();

class RolledBack extends Error {}

const approveInProcess = (strapi: Core.Strapi, documentId: string) =>
  strapi
    .plugin('editorial')
    .service('stages')
    .set(documentId, 'approved', null, { user: null, name: 'Test', can: () => true });

/** Publishes as the admin panel's button does; a publish rule may refuse, and then both writers must refuse alike. */
async function publish(strapi: Core.Strapi, documentId: string): Promise<string> {
  await approveInProcess(strapi, documentId);
  try {
    await strapi.documents(ARTICLE_UID).publish({ documentId });
    return 'published';
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

/**
 * Every fixture post saved as a draft, every other one published, then the edits that move, re-link, orphan and
 * delete highlights, a re-publish, an unpublish and a delete: every path through the sourcing writes.
 */
async function writeArchive(strapi: Core.Strapi): Promise<string[]> {
  const articles = strapi.documents(ARTICLE_UID);
  const outcomes: string[] = [];
  const ids: string[] = [];
  for (const [index, file] of POSTS.entries()) {
    const created = await articles.create({ data: { title: `Equivalence ${index} ${file}`, body: postBody(file) } } as never);
    ids.push(created.documentId);
  }
  for (const [index, documentId] of ids.entries()) if (index % 2 === 0) outcomes.push(`${index} ${await publish(strapi, documentId)}`);

  const kfor = ids[POSTS.indexOf('2026-02-19-kfor-downscaling.md')];
  const body = postBody('2026-02-19-kfor-downscaling.md');
  const edited = `A new first paragraph.\n\n${body}`
    .replace('<mark class="rose">in the wake of NATO\'s 78-day air campaign</mark>', "in the wake of NATO's 78-day air campaign")
    .replace('https://www.politico.eu/', 'https://www.example.org/politico-mirror/')
    .replace('"return to factory settings"', '"reset"');
  await articles.update({ documentId: kfor, data: { body: edited } } as never);
  outcomes.push(`kfor ${await publish(strapi, kfor)}`);
  await articles.update({ documentId: ids[1], data: { body: `${postBody(POSTS[1])}\n\nOne more line.` } } as never);
  outcomes.push(`1 ${await publish(strapi, ids[1])}`);
  await articles.unpublish({ documentId: ids[2] });
  await articles.delete({ documentId: ids[4] });
  return outcomes;
}

/** Writes the archive in a transaction that is rolled back, so both writers start from the same database. */
async function writeAndDump(strapi: Core.Strapi): Promise<{ outcomes: string[]; dump: Record<string, string[]> }> {
  let written: { outcomes: string[]; dump: Record<string, string[]> } | undefined;
  await expect(
    strapi.db.transaction(async () => {
      const outcomes = await writeArchive(strapi);
      written = { outcomes, dump: await dumpDerivedRows(strapi) };
      throw new RolledBack();
    }),
  ).rejects.toBeInstanceOf(RolledBack);
  if (!written) throw new Error('The archive was not written.');
  return written;
}

describe('Sourcing: bulk writes of highlights and sources', () => {
  it('write the same rows as the document service did, row by row, for the fixture archive', async () => {
    const strapi = strapiInstance();
    const bulk = await writeAndDump(strapi);
    const reference = await withReferenceWrites(strapi, () => writeAndDump(strapi));

    expect(bulk.outcomes).toEqual(reference.outcomes);
    expect(bulk.outcomes.filter((outcome) => outcome.endsWith('published')).length).toBeGreaterThan(3);
    for (const table of ['highlights', 'sources', 'articleSources', 'factCheckSources']) {
      expect({ table, rows: bulk.dump[table] }).toEqual({ table, rows: reference.dump[table] });
    }
  });

  it('give every highlight and source a Strapi documentId, and link published copies only to published rows', async () => {
    const strapi = strapiInstance();
    const { dump } = await writeAndDump(strapi);
    const all = dump.highlights.map((row) => JSON.parse(row) as Record<string, unknown>);
    expect(all.filter((row) => row.article === null)).toEqual([]);
    const highlights = all.filter((row) => String(row.article).startsWith('equivalence-'));
    const cited = new Set(highlights.map((row) => row.source));
    const sources = dump.sources.map((row) => JSON.parse(row) as Record<string, unknown>).filter((row) => cited.has(row.url));
    expect(highlights.length).toBeGreaterThan(20);
    expect(sources.length).toBeGreaterThan(5);
    for (const row of [...highlights, ...sources]) {
      expect(row).toMatchObject({ documentIdFormat: true, timestamped: true, locale: null, drafts: 1 });
      if (row.published) expect(row).toMatchObject({ publishedRows: 1, keptDraftTimes: true });
    }
    for (const row of highlights) {
      expect({ exact: row.exact, articlePublished: row.article_published_at }).toEqual({ exact: row.exact, articlePublished: row.published });
      if (row.source !== null)
        expect({ exact: row.exact, sourcePublished: row.source_published_at }).toEqual({ exact: row.exact, sourcePublished: row.published });
    }
  });
});

describe('Sourcing: sources first cited by a draft', () => {
  const sourcesAt = (url: string, status: 'draft' | 'published') =>
    editor.get(`/api/sources?filters[url][$eq]=${encodeURIComponent(url)}&status=${status}`).expect(200);

  // Until the bulk writer, a source was published the moment a draft first cited it; readers saw sources of articles
  // nobody had published yet.
  it('stay drafts until the citing article is published, and are published with it', async () => {
    const url = `https://example.org/first-cited-by-a-draft/${Date.now()}`;
    const data = { title: unique('Draft source'), body: `A quote [<mark>"not yet"</mark>](${url}).` };
    const draft = await editor.post('/api/articles?status=draft', { data }).expect(201);
    expect((await sourcesAt(url, 'draft')).body.data).toHaveLength(1);
    expect((await sourcesAt(url, 'published')).body.data).toHaveLength(0);
    await approve(draft.body.data.documentId);
    await editor.put(`/api/articles/${draft.body.data.documentId}?status=published`, { data: {} }).expect(200);
    expect((await sourcesAt(url, 'published')).body.data.map((source: { url: string }) => source.url)).toEqual([url]);
  });
});
