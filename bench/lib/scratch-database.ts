import crypto from 'crypto';
import os from 'os';
import path from 'path';
import fs from 'fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * A scratch database of the kind DATABASE_CLIENT names (SQLite file or a fresh PostgreSQL database), for child
 * processes such as the importer: the kill test and the import benchmark each start from an empty one.
 */
export interface ScratchDatabase {
  /** Environment variables that point Strapi at it. */
  env: Record<string, string>;
  query(sql: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

export type DatabaseClient = 'sqlite' | 'postgres';

const clientFromEnv = (): DatabaseClient => (process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite');

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

export async function createScratchDatabase(label: string, client: DatabaseClient = clientFromEnv()): Promise<ScratchDatabase> {
  const name = `provenance_${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (client === 'postgres') {
    await onServer((server) => server.query(`create database "${name}"`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: serverUrl(name) },
      query: (sql) => onServer(async (server) => (await server.query(sql)).rows, name),
      drop: () => onServer((server) => server.query(`drop database if exists "${name}"`)).then(() => undefined),
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
