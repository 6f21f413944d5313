import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { chunksOf } from './chunks';
import { attributesOf, type LinkRow } from './link-tables';

/** A relation a type owns through a link table, to one or to many, with both of its orderings. */
export interface OrderedLink {
  table: string;
  own: string;
  other: string;
  /** The owner's ordering of what it links to (an article's authors); absent on a to-one relation. */
  order: string | null;
  /** The related row's ordering of its owners (an author's articles). */
  inverseOrder: string | null;
}

/** For one new row, the rows it links to through one relation, in order. */
export interface Linked {
  own: number;
  others: readonly number[];
}

// Link queries name every related row; runs of this many keep them under SQLite's bound-parameter limit on any batch.
const LOOKUP_CHUNK = 500;

/** The link table of a relation `uid` owns (not the mapped side of one); anything else is not written in bulk. */
export function orderedLink(strapi: Core.Strapi, uid: string, attributeName: string): OrderedLink {
  const attribute = attributesOf(strapi, uid)[attributeName];
  const joinTable = attribute?.joinTable;
  if (attribute?.type !== 'relation' || !joinTable?.inverseJoinColumn || attribute.mappedBy) {
    throw new errors.ApplicationError(`${uid}.${attributeName} is not a relation it owns through a link table.`);
  }
  return {
    table: joinTable.name,
    own: joinTable.joinColumn.name,
    other: joinTable.inverseJoinColumn.name,
    order: joinTable.orderColumnName ?? null,
    inverseOrder: joinTable.inverseOrderColumnName ?? null,
  };
}

/**
 * The link rows of new rows as Strapi's entity manager writes them on create: the owner's list in the order given
 * (1, 2, …), and each related row's list with the new row last (its highest order so far plus one), the new rows taken
 * in the order given. Answers the rows, so a published copy can take the same places (see copyLinks).
 */
export async function planLinks(trx: Knex.Transaction, link: OrderedLink, linked: readonly Linked[]): Promise<LinkRow[]> {
  const next = new Map<number, number>();
  const targets = [...new Set(linked.flatMap((entry) => entry.others))];
  if (link.inverseOrder) {
    for (const part of chunksOf(targets, LOOKUP_CHUNK)) {
      const maxima = (await trx(link.table)
        .select(link.other)
        .max(link.inverseOrder, { as: 'max' })
        .whereIn(link.other, part)
        .groupBy(link.other)) as LinkRow[];
      for (const row of maxima) next.set(Number(row[link.other]), Number(row.max ?? 0));
    }
  }
  return linked.flatMap(({ own, others }) =>
    others.map((other, index) => {
      const row: LinkRow = { [link.own]: own, [link.other]: other };
      if (link.order) row[link.order] = index + 1;
      if (link.inverseOrder) {
        const order = (next.get(other) ?? 0) + 1;
        next.set(other, order);
        row[link.inverseOrder] = order;
      }
      return row;
    }),
  );
}

/**
 * The same links for the published copies: Strapi's publish keeps the draft's places in both orderings. `otherOf`
 * maps a related draft row to its published version (undefined: the copy does not link it); by default it is the same
 * row, as for types without drafts.
 */
export function copyLinks(link: OrderedLink, rows: readonly LinkRow[], ownOf: Map<number, number>, otherOf?: Map<number, number>): LinkRow[] {
  return rows.flatMap((row) => {
    const own = ownOf.get(Number(row[link.own]));
    const other = otherOf ? otherOf.get(Number(row[link.other])) : Number(row[link.other]);
    return own === undefined || other === undefined ? [] : [{ ...row, [link.own]: own, [link.other]: other }];
  });
}
