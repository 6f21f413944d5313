import type { Core } from '@strapi/strapi';
import type { ScratchDatabase } from '../../bench/lib/scratch-database';

interface JoinColumn {
  name: string;
}

interface Attribute {
  type?: string;
  relation?: string;
  target?: string;
  joinTable?: { name: string; joinColumn: JoinColumn; inverseJoinColumn: JoinColumn; on?: Record<string, string> };
}

interface Meta {
  uid: string;
  tableName: string;
  attributes: Record<string, Attribute>;
}

/** A link row (relation or component) must point at an existing row on both sides. */
interface LinkCheck {
  table: string;
  column: string;
  references: string;
  where: string;
}

const isProjectModel = (uid: string) => uid.startsWith('api::') || !uid.includes('::');
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The project's models (content types and components) as the running Strapi maps them to tables. */
function projectModels(strapi: Core.Strapi): Meta[] {
  const metadata = strapi.db.metadata as unknown as Map<string, Meta>;
  return [...metadata.values()].filter((meta) => isProjectModel(meta.uid) && meta.attributes);
}

function linkChecks(strapi: Core.Strapi): LinkCheck[] {
  const metadata = strapi.db.metadata as unknown as Map<string, Meta>;
  const checks: LinkCheck[] = [];
  for (const meta of projectModels(strapi)) {
    for (const attribute of Object.values(meta.attributes)) {
      const target = attribute.target ? metadata.get(attribute.target) : undefined;
      // Media links are polymorphic (one table for every owner type); the loop attaches no files.
      if (!attribute.joinTable || !target || attribute.relation?.startsWith('morph')) continue;
      const { name, joinColumn, inverseJoinColumn, on } = attribute.joinTable;
      const where = Object.entries(on ?? {})
        .map(([column, value]) => ` and l.${column} = ${quote(value)}`)
        .join('');
      checks.push({ table: name, column: joinColumn.name, references: meta.tableName, where });
      checks.push({ table: name, column: inverseJoinColumn.name, references: target.tableName, where });
    }
  }
  return checks;
}

const count = (rows: unknown[]): number => Number((rows[0] as { n: number | string }).n);

/**
 * Everything wrong with the rows a run left, as sentences (none when consistent): for every document of a type with
 * drafts, exactly one draft row and at most one published row; every link and component row pointing at rows that exist.
 */
export async function inconsistencies(database: ScratchDatabase, strapi: Core.Strapi): Promise<string[]> {
  const problems: string[] = [];
  const drafted = projectModels(strapi).filter((meta) => 'publishedAt' in meta.attributes && 'documentId' in meta.attributes);
  for (const { tableName } of drafted) {
    const rows = (await database.query(
      `select document_id, sum(case when published_at is null then 1 else 0 end) as drafts, ` +
        `sum(case when published_at is null then 0 else 1 end) as published from ${tableName} group by document_id`,
    )) as Array<{ document_id: string; drafts: number | string; published: number | string }>;
    for (const row of rows) {
      const drafts = Number(row.drafts);
      const published = Number(row.published);
      if (drafts !== 1 || published > 1) problems.push(`${tableName} ${row.document_id} has ${drafts} draft and ${published} published rows`);
    }
  }
  for (const check of new Map(linkChecks(strapi).map((c) => [`${c.table}.${c.column}${c.where}`, c])).values()) {
    const missing = count(
      await database.query(
        `select count(*) as n from ${check.table} l where not exists (select 1 from ${check.references} r where r.id = l.${check.column})${check.where}`,
      ),
    );
    if (missing > 0) problems.push(`${missing} rows of ${check.table} point at missing ${check.references} through ${check.column}`);
  }
  return problems;
}

/** How many documents of the table have a published row, to tell that a run got somewhere. */
export async function publishedCount(database: ScratchDatabase, table: string): Promise<number> {
  return count(await database.query(`select count(distinct document_id) as n from ${table} where published_at is not null`));
}
