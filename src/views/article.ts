import { ARTICLE_UID } from '#domain/uids';
import type { ViewLayout } from '#domain/view-layout';

/** The article as a newsroom writes it: headline, kicker, standfirst, body, lead image, byline, section, dates. */
export const ARTICLE_VIEW: ViewLayout = {
  uid: ARTICLE_UID,
  kind: 'content-type',
  version: 1,
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
  fields: {
    title: { label: 'Headline' },
    kickerLabel: { label: 'Kicker', hint: 'The short series label above the headline, e.g. "NATO 3.0". Pick an approved one or propose a new one.' },
    deck: { label: 'Standfirst', hint: 'The one or two sentences under the headline.' },
    body: { label: 'Body' },
    leadImage: { label: 'Lead image' },
    authors: { label: 'Byline', mainField: 'name' },
    category: { label: 'Section', mainField: 'name' },
    datePublished: { label: 'First published', hint: 'When the article first went out to readers; kept when it is published again.' },
    dateModified: { label: 'Last modified', hint: 'The last change readers are told about.' },
    slug: { label: 'Address (slug)' },
    permalink: { label: 'Address on the old site' },
    layout: { label: 'Layout' },
    layoutType: { label: 'Layout variant' },
    corrections: { label: 'Corrections' },
    kicker: { label: 'Kicker', mainField: 'label', readOnly: true },
    highlights: { label: 'Highlights', mainField: 'exact', readOnly: true },
    sources: { label: 'Sources', mainField: 'title', readOnly: true },
    imageDisclosure: { label: 'Image disclosure', readOnly: true },
    presentation: { label: 'Presentation switches', readOnly: true },
  },
  edit: [
    [['title', 12]],
    [['kickerLabel', 6]],
    [['deck', 12]],
    [['body', 12]],
    [['leadImage', 12]],
    [
      ['authors', 6],
      ['category', 6],
    ],
    [
      ['datePublished', 6],
      ['dateModified', 6],
    ],
    [
      ['slug', 6],
      ['permalink', 6],
    ],
    [
      ['layout', 6],
      ['layoutType', 6],
    ],
    [['corrections', 12]],
  ],
  hidden: {
    kicker: 'Resolved from the kicker label on save; the list view shows it.',
    imageDisclosure: 'Derived from the lead image by the image policy on every save.',
    presentation: 'Switches carried over from the old site; kept, not interpreted.',
    highlights: 'Kept in step with the marks in the body by the sourcing plugin; the Sourcing panel lists them.',
    sources: 'Kept in step with the links in the body by the sourcing plugin; the Sourcing panel lists them.',
    stage: 'Moved with the Stage panel, never by editing; the list view shows it.',
  },
  list: ['title', 'kicker', 'category', 'authors', 'datePublished'],
};
