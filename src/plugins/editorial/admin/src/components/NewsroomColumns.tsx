import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { newsroomDate } from '../../../../../domain/newsroom-time';
import { ARTICLE_UID, FACT_CHECK_UID, PLUGIN_ID } from '../constants';
import { listedType, type ListColumns, type ListHeader, type ListRow } from '../../../../../admin/list-columns';
import { useNewsroomSettings } from '../newsroom';

type Get = ReturnType<typeof useFetchClient>['get'];

// The rows of a page ask for their stages in the same moment: one request answers them all.
let batch: { ids: Set<string>; read: Promise<Record<string, string>> } | null = null;

function stageOf(get: Get, documentId: string): Promise<string | undefined> {
  if (!batch) {
    const ids = new Set<string>();
    const read = Promise.resolve().then(() => {
      batch = null;
      const query = new URLSearchParams({ documentIds: [...ids].join(',') });
      return get<{ data: Record<string, string> }>(`/editorial/articles/stages?${query.toString()}`).then(({ data }) => data.data);
    });
    batch = { ids, read };
  }
  batch.ids.add(documentId);
  return batch.read.then((stages) => stages[documentId]);
}

function StageCell({ documentId }: { documentId?: string }) {
  const { get } = useFetchClient();
  const settings = useNewsroomSettings();
  const [stage, setStage] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    stageOf(get, documentId).then(
      (id) => current && setStage(id ?? null),
      () => current && setStage(null),
    );
    return () => {
      current = false;
    };
  }, [get, documentId]);
  const label = settings?.stages.find((known) => known.id === stage)?.label;
  return label ? <Typography>{label}</Typography> : <Typography textColor="neutral500">-</Typography>;
}

function DateCell({ value }: { value: unknown }) {
  const settings = useNewsroomSettings();
  const text = typeof value === 'string' && settings ? newsroomDate(value, settings.timeZone) : null;
  return text ? <Typography>{text}</Typography> : <Typography textColor="neutral500">-</Typography>;
}

const DATES = new Set(['date', 'datetime']);

/** A stored choice as words: "mostly-true" reads "Mostly true". */
const choiceWords = (value: unknown): string | null =>
  typeof value === 'string' && value ? `${value[0].toUpperCase()}${value.slice(1).replace(/-/g, ' ')}` : null;

function ChoiceCell({ value }: { value: unknown }) {
  const text = choiceWords(value);
  return text ? <Typography>{text}</Typography> : <Typography textColor="neutral500">-</Typography>;
}

function readable(header: ListHeader): ListHeader {
  const type = header.attribute?.type;
  if (type && DATES.has(type)) return { ...header, cellFormatter: (row: ListRow) => <DateCell value={row[header.name]} /> };
  if (type === 'enumeration') return { ...header, cellFormatter: (row: ListRow) => <ChoiceCell value={row[header.name]} /> };
  return header;
}

/**
 * The article and fact-check lists as a newsroom reads them: articles with their Stage after the headline (the stage
 * is not on the Content Manager's model, so it is read from the editorial plugin), dates on the newsroom's calendar,
 * "9 February 2026", and choices as words (a fact check's verdict "Mostly true").
 */
export function addNewsroomColumns({ displayedHeaders, layout }: ListColumns): ListColumns {
  const model = listedType(window.location.pathname);
  if (model !== ARTICLE_UID && model !== FACT_CHECK_UID) return { displayedHeaders, layout };
  const dated = displayedHeaders.map(readable);
  if (model !== ARTICLE_UID) return { displayedHeaders: dated, layout };
  const stage: ListHeader = {
    name: 'stage',
    label: { id: `${PLUGIN_ID}.list.stage`, defaultMessage: 'Stage' },
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <StageCell documentId={row.documentId} />,
  };
  return { displayedHeaders: [...dated.slice(0, 1), stage, ...dated.slice(1)], layout };
}
