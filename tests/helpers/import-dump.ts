import type { ScratchDatabase } from '../../bench/lib/scratch-database';

type Row = Record<string, unknown>;

const PUBLISHED = (alias: string) => `(${alias}.published_at is not null) as published`;
const ARTICLE = (alias: string) => `${alias}.slug as article, (${alias}.published_at is not null) as article_published`;

/**
 * Everything an import writes, row by row, with ids, documentIds and timestamps left out and every link row named by
 * the rows it joins, its order columns kept: two databases an import wrote alike dump the same.
 */
const QUERIES = {
  articles:
    'select a.slug, a.title, a.permalink, a.kicker_label, a.deck, a.body, a.image_disclosure, a.date_published, a.date_modified, ' +
    `a.layout, a.layout_type, a.presentation, a.stage, a.locale, ${PUBLISHED('a')} from articles a`,
  leadImages:
    `select ${ARTICLE('a')}, m.field, m.component_type, m."order", c.url, c.caption, c.credit, c.origin ` +
    'from articles a join articles_cmps m on m.entity_id = a.id join components_media_lead_images c on c.id = m.cmp_id',
  componentRows: 'select count(*) as count from components_media_lead_images',
  componentLinks: 'select count(*) as count from articles_cmps',
  kickers: `select ${ARTICLE('a')}, k.slug, l.article_ord from articles_kicker_lnk l join articles a on a.id = l.article_id join kickers k on k.id = l.kicker_id`,
  categories: `select ${ARTICLE('a')}, c.slug, l.article_ord from articles_category_lnk l join articles a on a.id = l.article_id join categories c on c.id = l.category_id`,
  authors: `select ${ARTICLE('a')}, w.slug, l.author_ord, l.article_ord from articles_authors_lnk l join articles a on a.id = l.article_id join authors w on w.id = l.author_id`,
  articleSources:
    `select ${ARTICLE('a')}, s.url, ${PUBLISHED('s')}, l.source_ord, l.article_ord ` +
    'from articles_sources_lnk l join articles a on a.id = l.article_id join sources s on s.id = l.source_id',
  highlights:
    'select h.exact, h.prefix, h.suffix, h.start, h."end", h.colour, h.link_url, h.anchor_state, h.locale, ' +
    `${PUBLISHED('h')}, a.slug as article, (a.published_at is not null) as article_published, la.highlight_ord as article_order, ` +
    's.url as source, (s.published_at is not null) as source_published, ls.highlight_ord as source_order from highlights h ' +
    'left join highlights_article_lnk la on la.highlight_id = h.id left join articles a on a.id = la.article_id ' +
    'left join highlights_source_lnk ls on ls.highlight_id = h.id left join sources s on s.id = ls.source_id',
  sources: `select s.url, s.host, s.publisher, s.title, s.is_internal, s.locale, ${PUBLISHED('s')} from sources s`,
  factChecks: `select f.slug, f.title, f.claim_reviewed, f.verdict, f.summary, f.bottom_line, f.limitations, ${PUBLISHED('f')} from fact_checks f`,
  factCheckSources:
    `select f.slug, ${PUBLISHED('f')}, s.url, (s.published_at is not null) as source_published ` +
    'from fact_checks_sources_lnk l join fact_checks f on f.id = l.fact_check_id join sources s on s.id = l.source_id',
  stages:
    'select (select a.slug from articles a where a.document_id = c.article_document_id and a.published_at is null) as article, ' +
    `c.from_stage, c.to_stage, c.note, c.user_id, c.user_name, ${PUBLISHED('c')}, (c.document_id is not null) as has_document_id ` +
    'from editorial_stage_changes c',
  importRecords:
    'select r.key, r.content_type, r.fingerprint, r.findings, r.locale, ' +
    '(select a.slug from articles a where a.document_id = r.target and a.published_at is null) as article, ' +
    `(select f.slug from fact_checks f where f.document_id = r.target and f.published_at is null) as fact_check, ${PUBLISHED('r')} ` +
    'from import_records r',
  reviewFindings:
    'select (select a.slug from articles a where a.document_id = r.target and a.published_at is null) as article, ' +
    `r.content_type, r.gate, r.code, r.path, r.message, r.origin, ${PUBLISHED('r')}, (r.document_id is not null) as has_document_id ` +
    'from editorial_review_findings r',
  taxonomy:
    "select 'kicker' as type, slug, label as name, state from kickers union all select 'category', slug, name, null from categories " +
    "union all select 'author', slug, name, null from authors",
};

// SQLite answers booleans as 0/1 and JSON as text; PostgreSQL as true/false and parsed values.
function normalize(value: unknown): unknown {
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'string' && /^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (value instanceof Date) return value.getTime();
  return value;
}

const canonical = (rows: Row[]): string[] =>
  rows.map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalize(value)])))).sort();

export async function dumpImport(database: ScratchDatabase): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const [name, sql] of Object.entries(QUERIES)) dump[name] = canonical((await database.query(sql)) as Row[]);
  return dump;
}
