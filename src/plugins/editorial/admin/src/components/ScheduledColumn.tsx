import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ScheduleEntry } from '../../../server/src/services/schedules';
import { typeOfUid } from '../../../server/src/domain/schedule';
import { listedType, type ListColumns, type ListHeader } from '../../../../../admin/list-columns';
import { useNewsroomDates } from '../newsroom';

// The list view's rows share one read of what is pending, taken again when the list is shown again after a while.
const FRESH_FOR_MS = 5000;
let pending: { at: number; read: Promise<Map<string, string>> } | null = null;

function usePendingTime(documentId: string | undefined): string | null {
  const { get } = useFetchClient();
  const [time, setTime] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!documentId) return;
    if (!pending || Date.now() - pending.at > FRESH_FOR_MS) {
      const read = get<{ data: { pending: ScheduleEntry[] } }>('/editorial/schedules').then(
        ({ data }) => new Map(data.data.pending.map((entry) => [entry.documentId, entry.publishAt])),
        () => new Map<string, string>(),
      );
      pending = { at: Date.now(), read };
    }
    let current = true;
    void pending.read.then((times) => current && setTime(times.get(documentId) ?? null));
    return () => {
      current = false;
    };
  }, [get, documentId]);
  return time;
}

function ScheduledCell({ documentId }: { documentId?: string }) {
  const time = usePendingTime(documentId);
  const dates = useNewsroomDates();
  if (!time) return <Typography textColor="neutral500">-</Typography>;
  return <Typography>{dates.moment(time)}</Typography>;
}

/**
 * A "Scheduled" column in the list views of articles and fact checks. The hook is not told which type it lists, so it
 * reads it from the address, as the list view itself does.
 */
export function addScheduledColumn({ displayedHeaders, layout }: ListColumns): ListColumns {
  const model = listedType(window.location.pathname);
  if (!model || !typeOfUid(model)) return { displayedHeaders, layout };
  const column: ListHeader = {
    name: 'scheduled',
    label: { id: 'editorial.list.scheduled', defaultMessage: 'Scheduled' },
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <ScheduledCell documentId={row.documentId} />,
  };
  return { displayedHeaders: [...displayedHeaders, column], layout };
}
