import crypto from 'crypto';
import os from 'os';
import path from 'path';
import fs from 'fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/** A scratch database of the kind the tests run on (DATABASE_CLIENT), for child processes such as the importer. */
export interface ScratchDatabase {
  /** Environment variables that point Strapi at it. */
  env: Record<string, string>;
  query(sql: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(run: (client: Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const client = new Client({ connectionString: serverUrl(database) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `provenance_${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (usesPostgres()) {
    await onServer((client) => client.query(`create database "${name}"`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: serverUrl(name) },
      query: (sql) => onServer(async (client) => (await client.query(sql)).rows, name),
      drop: () => onServer((client) => client.query(`drop database if exists "${name}"`)).then(() => undefined),
    };
  }
  const file = path.join(os.tmpdir(), `${name}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async query(sql) {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql).all();
      } finally {
        db.close();
      }
    },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

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
