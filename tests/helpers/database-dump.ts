import type { ScratchDatabase } from '../../bench/lib/scratch-database';

// Everything an import writes, without ids or timestamps: two databases holding the same content dump the same.
const CONTENT_QUERIES = {
  articles: 'select slug, title, permalink, deck, (published_at is not null) as published from articles order by slug, published',
  highlights:
    'select a.slug, h.exact, h.colour, h.link_url, (h.published_at is not null) as published from highlights h ' +
    'join highlights_article_lnk l on l.highlight_id = h.id join articles a on a.id = l.article_id ' +
    'where (a.published_at is null) = (h.published_at is null) order by a.slug, published, h.exact, h.colour, h.link_url',
  sources: 'select url, (published_at is not null) as published from sources order by url, published',
  kickers: 'select slug, label, state from kickers order by slug',
  categories: 'select slug, name from categories order by slug',
  authors: 'select slug, name, bio from authors order by slug',
  importRecords: 'select key, content_type, fingerprint from import_records order by key',
};

export async function dumpContent(database: ScratchDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(CONTENT_QUERIES)) dump[name] = await database.query(sql);
  return dump;
}
