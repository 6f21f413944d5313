import { AUTHOR_UID, CATEGORY_UID, KICKER_UID } from '#domain/uids';
import type { ViewLayout } from '#domain/view-layout';

// The articles of a byline, a section or a kicker are set on each article; here they are listed, read-only.
const ARTICLES = { label: 'Articles', mainField: 'title', readOnly: true };

export const AUTHOR_VIEW: ViewLayout = {
  uid: AUTHOR_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  fields: {
    name: { label: 'Name' },
    slug: { label: 'Address (slug)' },
    bio: { label: 'Biography' },
    isHouseByline: { label: 'House byline' },
    articles: ARTICLES,
  },
  edit: [
    [
      ['name', 6],
      ['isHouseByline', 6],
    ],
    [['bio', 12]],
    [
      ['slug', 6],
      ['articles', 6],
    ],
  ],
  hidden: {},
  list: ['name', 'isHouseByline', 'slug'],
};

export const CATEGORY_VIEW: ViewLayout = {
  uid: CATEGORY_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  fields: {
    name: { label: 'Name' },
    displayLabel: { label: 'Label shown to readers' },
    description: { label: 'What the section covers' },
    slug: { label: 'Address (slug)' },
    articles: ARTICLES,
  },
  edit: [
    [
      ['name', 6],
      ['displayLabel', 6],
    ],
    [['description', 12]],
    [
      ['slug', 6],
      ['articles', 6],
    ],
  ],
  hidden: {},
  list: ['name', 'displayLabel', 'slug'],
};

export const KICKER_VIEW: ViewLayout = {
  uid: KICKER_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'label', defaultSortBy: 'label', defaultSortOrder: 'ASC' },
  fields: {
    label: { label: 'Kicker' },
    state: { label: 'Status', hint: 'Proposed by a reporter, approved for publishing, or retired. Editors with the right also change it on the Kickers page.' },
    slug: { label: 'Address (slug)' },
    articles: ARTICLES,
  },
  edit: [
    [
      ['label', 6],
      ['state', 6],
    ],
    [
      ['slug', 6],
      ['articles', 6],
    ],
  ],
  hidden: {},
  list: ['label', 'state', 'slug'],
};
