import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { attributesOf, columnOf, tableOf } from '#kernel/bulk-documents/link-tables';
import { readerOf } from '#kernel/reader';
import { correctionFeedItem, type CorrectedStory, type ListedCorrection } from '../domain/corrections';
import { listTags } from '../domain/dependency-tags';
import { jsonFeed, JSON_FEED_CONTENT_TYPE, rssFeed, RSS_CONTENT_TYPE } from '../domain/feeds';
import type { Page } from '../domain/paging';
import { documentUrl, underSite } from '../domain/urls';
import { cmsUrl } from '../lookup';
import { JSON_TYPE, type Rendered } from '../respond';
import { ARTICLE_UID, CORRECTION_COMPONENT, CORRECTIONS_FIELD, FACT_CHECK_UID } from '../constants';
import { deliveryConfig } from '../utils';
import type { FeedFormat } from './feeds';

interface Row {
  key: string;
  kind: string;
  text: string;
  date: string | Date;
  documentId: string;
  title: string;
  slug: string;
  permalink: string | null;
  datePublished: string | Date | null;
  publishedAt: string | Date;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

const STORIES = [
  { type: 'article', uid: ARTICLE_UID },
  { type: 'fact-check', uid: FACT_CHECK_UID },
] as const;

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * Every published correction of the site, newest first: the page a newsroom links from its corrections policy, and its
 * RSS and JSON Feed. Only the published versions' entries are read (a draft's are rows of their own), never who made one.
 */
const corrections = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = deliveryConfig(strapi);
  const apiUrl = (path: string) => underSite(cmsUrl(strapi), `${strapi.config.get('api.rest.prefix', '/api')}${path}`);

  /** One type's published entries, joined to their story: the component's own link table, for this field only. */
  function entriesOf(knex: Knex, uid: string): Knex.QueryBuilder {
    const join = (attributesOf(strapi, uid)[CORRECTIONS_FIELD] as unknown as { joinTable: JoinTable }).joinTable;
    const entry = (name: string) => `c.${columnOf(strapi, CORRECTION_COMPONENT, name)}`;
    return knex(`${tableOf(strapi, CORRECTION_COMPONENT)} as c`)
      .join(`${join.name} as j`, (on) => on.on(`j.${join.inverseJoinColumn.name}`, 'c.id').andOnVal('j.field', CORRECTIONS_FIELD))
      .join(`${tableOf(strapi, uid)} as d`, 'd.id', `j.${join.joinColumn.name}`)
      .whereNotNull('d.published_at')
      .whereNotNull(entry('key'));
  }

  function storyOf(type: CorrectedStory['type'], row: Row): CorrectedStory {
    const datePublished = iso(row.datePublished) ?? iso(row.publishedAt) ?? '';
    const path = type === 'article' ? config.articlePath : config.factCheckPath;
    const url = documentUrl(config.site.siteUrl, path, { slug: row.slug, permalink: row.permalink, datePublished });
    return { type, documentId: row.documentId, title: row.title, slug: row.slug, url };
  }

  /** One type's newest `limit` entries, each with its story. */
  async function newestOf(knex: Knex, type: CorrectedStory['type'], uid: string, limit: number): Promise<ListedCorrection[]> {
    if (limit === 0) return [];
    const articleOnly = (name: string) => (uid === ARTICLE_UID ? `d.${columnOf(strapi, uid, name)} as ${name}` : knex.raw(`null as ??`, [name]));
    const rows = (await entriesOf(knex, uid)
      .select('c.key', 'c.kind', 'c.text', 'c.date', 'd.document_id as documentId', 'd.title', 'd.slug', 'd.published_at as publishedAt')
      .select(articleOnly('permalink'), articleOnly('datePublished'))
      .orderBy([
        { column: 'c.date', order: 'desc' },
        { column: 'c.key', order: 'desc' },
      ])
      .limit(limit)) as Row[];
    return rows.map((row) => ({ key: row.key, kind: row.kind, text: row.text, date: iso(row.date) ?? '', story: storyOf(type, row) }));
  }

  /**
   * The newest `count` entries of both types, merged: enough for a page ending at `count`. Counted first, so a page
   * past the end reads no rows and no query asks for more rows than its type has.
   */
  async function newest(count: number, skip = 0): Promise<{ listed: ListedCorrection[]; total: number }> {
    const knex = await readerOf(strapi);
    const counted = (await Promise.all(STORIES.map(({ uid }) => entriesOf(knex, uid).count({ total: '*' })))) as Array<Array<{ total: number | string }>>;
    const totals = counted.map(([{ total }]) => Number(total));
    const total = totals.reduce((sum, part) => sum + part, 0);
    if (skip >= total) return { listed: [], total };
    const parts = await Promise.all(STORIES.map(({ type, uid }, index) => newestOf(knex, type, uid, Math.min(count, totals[index]))));
    const listed = parts.flat().sort((a, b) => b.date.localeCompare(a.date) || b.key.localeCompare(a.key));
    return { listed, total };
  }

  const tags = listTags([ARTICLE_UID, FACT_CHECK_UID]);

  return {
    async list({ page, pageSize }: Page): Promise<Rendered> {
      const { listed, total } = await newest(page * pageSize, (page - 1) * pageSize);
      const data = listed.slice((page - 1) * pageSize, page * pageSize);
      const pagination = { page, pageSize, pageCount: Math.ceil(total / pageSize), total };
      return { body: { data, meta: { pagination } }, type: JSON_TYPE, tags };
    },

    async feed(format: FeedFormat): Promise<Rendered> {
      const { listed } = await newest(config.feedSize);
      const items = listed.slice(0, config.feedSize).map(correctionFeedItem);
      const scope = {
        title: `${config.site.name}: corrections`,
        description: `Every correction, clarification and update ${config.site.name} has published, newest first.`,
        homePageUrl: config.site.siteUrl,
        feedUrl: apiUrl(`/corrections/${format === 'rss' ? 'rss.xml' : 'feed.json'}`),
      };
      if (format === 'rss') return { body: rssFeed(scope, items, config.site), type: RSS_CONTENT_TYPE, tags };
      return { body: jsonFeed(scope, items, config.site), type: JSON_FEED_CONTENT_TYPE, tags };
    },
  };
};

export default corrections;
