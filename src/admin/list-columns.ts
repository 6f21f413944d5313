import type * as React from 'react';

/**
 * What the Content Manager's list-view column hook (`Admin/CM/pages/ListView/inject-column-in-table`) hands the plugins
 * and takes back, as far as they use it.
 */

/** A row of the list, as a cell is given it. */
export type ListRow = { documentId?: string } & Record<string, unknown>;

export interface ListHeader {
  name: string;
  label: { id: string; defaultMessage: string } | string;
  attribute?: { type: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: ListRow) => React.ReactNode;
}

export interface ListColumns {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

/** The type a Content Manager page lists, from its address (`/collection-types/api::article.article`): the hook is not told. */
export function listedType(pathname: string): string | null {
  const model = /\/collection-types\/([^/?]+)/.exec(pathname)?.[1];
  return model ? decodeURIComponent(model) : null;
}
