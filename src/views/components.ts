import { CORRECTION_COMPONENT } from '#domain/uids';
import type { ViewLayout } from '#domain/view-layout';

export const LEAD_IMAGE_VIEW: ViewLayout = {
  uid: 'media.lead-image',
  kind: 'component',
  version: 1,
  fields: {
    file: { label: 'Image' },
    origin: { label: 'Origin' },
    url: { label: 'Image address (when hosted elsewhere)' },
    caption: { label: 'Caption' },
    credit: { label: 'Credit' },
  },
  edit: [
    [
      ['file', 6],
      ['origin', 6],
    ],
    [['caption', 12]],
    [
      ['credit', 6],
      ['url', 6],
    ],
  ],
  hidden: {},
};

/** The server stamps the date, key, author and first publication of an entry; they are shown, and go back with each save. */
export const CORRECTION_VIEW: ViewLayout = {
  uid: CORRECTION_COMPONENT,
  kind: 'component',
  version: 1,
  fields: {
    kind: { label: 'Kind' },
    text: { label: 'Text' },
    date: { label: 'Made on', readOnly: true },
    firstPublished: { label: 'First told to readers', readOnly: true },
    madeBy: { label: 'Made by', readOnly: true },
    key: { label: 'Entry key', readOnly: true },
  },
  edit: [
    [['kind', 6]],
    [['text', 12]],
    [
      ['date', 6],
      ['firstPublished', 6],
    ],
    [
      ['madeBy', 6],
      ['key', 6],
    ],
  ],
  hidden: {},
};

export const CITATION_VIEW: ViewLayout = {
  uid: 'factcheck.citation',
  kind: 'component',
  version: 1,
  fields: {
    number: { label: 'Number' },
    source: { label: 'Source', mainField: 'title' },
    note: { label: 'Note' },
  },
  edit: [
    [
      ['number', 4],
      ['source', 8],
    ],
    [['note', 12]],
  ],
  hidden: {},
};

export const SECTION_VIEW: ViewLayout = {
  uid: 'factcheck.section',
  kind: 'component',
  version: 1,
  fields: { heading: { label: 'Heading' }, body: { label: 'Text' } },
  edit: [[['heading', 12]], [['body', 12]]],
  hidden: {},
};

export const RELATED_QUESTION_VIEW: ViewLayout = {
  uid: 'factcheck.related-question',
  kind: 'component',
  version: 1,
  fields: { question: { label: 'Question' }, url: { label: 'Link' } },
  edit: [
    [
      ['question', 6],
      ['url', 6],
    ],
  ],
  hidden: {},
};
