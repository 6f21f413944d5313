import { HIGHLIGHT_UID, SOURCE_UID } from '#domain/uids';
import type { ViewLayout } from '#domain/view-layout';

// The documents citing a source are set where they cite it; here they are listed, read-only.
const citedBy = (label: string, mainField: string) => ({ label, mainField, readOnly: true });

/** A source by its title; the address, host and "internal" mark are kept by the sourcing plugin from the link. */
export const SOURCE_VIEW: ViewLayout = {
  uid: SOURCE_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  fields: {
    title: { label: 'Title' },
    publisher: { label: 'Publisher' },
    url: { label: 'Address', readOnly: true },
    host: { label: 'Host', readOnly: true },
    accessedOn: { label: 'Last checked on' },
    isInternal: { label: "One of the newsroom's own articles", readOnly: true },
    articles: citedBy('Cited by articles', 'title'),
    factChecks: citedBy('Cited by fact checks', 'title'),
    highlights: citedBy('Quoted in highlights', 'exact'),
  },
  edit: [
    [['title', 12]],
    [
      ['publisher', 6],
      ['accessedOn', 6],
    ],
    [['url', 12]],
    [
      ['host', 6],
      ['isInternal', 6],
    ],
    [
      ['articles', 6],
      ['factChecks', 6],
    ],
    [['highlights', 6]],
  ],
  hidden: {},
  list: ['title', 'host', 'publisher'],
};

/** A highlight by its quote: everything in it is kept by the sourcing plugin from the marks in the article body. */
export const HIGHLIGHT_VIEW: ViewLayout = {
  uid: HIGHLIGHT_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'exact', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
  fields: {
    exact: { label: 'Quote', readOnly: true },
    colour: { label: 'Colour', readOnly: true },
    anchorState: { label: 'Found in the body', readOnly: true },
    article: { label: 'Article', mainField: 'title', readOnly: true },
    source: { label: 'Source', mainField: 'title', readOnly: true },
    linkUrl: { label: 'Link as written', readOnly: true },
    prefix: { label: 'Text before', readOnly: true },
    suffix: { label: 'Text after', readOnly: true },
    start: { label: 'Starts at character', readOnly: true },
    end: { label: 'Ends at character', readOnly: true },
  },
  edit: [
    [['exact', 12]],
    [
      ['colour', 6],
      ['anchorState', 6],
    ],
    [
      ['article', 6],
      ['source', 6],
    ],
    [['linkUrl', 12]],
    [
      ['prefix', 6],
      ['suffix', 6],
    ],
    [
      ['start', 6],
      ['end', 6],
    ],
  ],
  hidden: {},
  list: ['exact', 'colour', 'article'],
};
