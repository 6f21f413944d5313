import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ScheduleView } from '../../../server/src/services/schedules';
import { typeOfUid, type ScheduledType } from '../../../server/src/domain/schedule';
import { errorText } from '../errors';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

const when = (at: string) => new Date(at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A time as a datetime-local input shows it: the browser's own time zone, to the minute. */
function localInput(at: string): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function ScheduleControl({ type, documentId, updatedAt }: { type: ScheduledType; documentId: string; updatedAt: string | null | undefined }) {
  const { get, put, del } = useFetchClient();
  const url = `/editorial/schedules/${type}/${documentId}`;
  const [view, setView] = React.useState<ScheduleView | null>(null);
  const [time, setTime] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  const show = React.useCallback((next: ScheduleView) => {
    setView(next);
    setTime(next.pending ? localInput(next.pending.publishAt) : '');
  }, []);

  React.useEffect(() => {
    get<{ data: ScheduleView }>(url).then(
      ({ data }) => show(data.data),
      (reason: unknown) => setError(errorText(reason, 'The schedule could not be loaded.')),
    );
  }, [get, url, updatedAt, show]);

  const send = async (request: () => Promise<{ data: { data: ScheduleView } }>, failure: string) => {
    try {
      const { data } = await request();
      show(data.data);
      setError(null);
    } catch (reason) {
      setError(errorText(reason, failure));
    }
  };
  const schedule = () =>
    send(() => put<{ data: ScheduleView }>(url, { publishAt: time ? new Date(time).toISOString() : '' }), 'The article could not be scheduled.');
  const cancel = () => send(() => del<{ data: ScheduleView }>(url), 'The schedule could not be cancelled.');

  if (!view) return <Typography>{error ?? 'Loading…'}</Typography>;
  const { pending, last, may } = view;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {pending ? (
        <Box background="primary100" padding={2} hasRadius>
          <Typography variant="pi">{`Scheduled to publish on ${when(pending.publishAt)}.`}</Typography>
        </Box>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          Not scheduled.
        </Typography>
      )}
      {last?.state === 'refused' && !pending ? (
        <Box background="danger100" padding={2} hasRadius>
          <Typography variant="pi">{last.outcome}</Typography>
        </Box>
      ) : null}
      {may.allowed ? (
        <>
          <Field.Root name="publishAt" hint={`Your time zone (${zone}). The saved draft goes out then, if every publish rule allows it.`}>
            <Field.Label>Publish at</Field.Label>
            <TextInput type="datetime-local" value={time} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTime(event.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Button variant="secondary" disabled={!time} onClick={schedule}>
            {pending ? 'Change the time' : 'Schedule'}
          </Button>
          {pending ? (
            <Button variant="danger-light" onClick={cancel}>
              Cancel the schedule
            </Button>
          ) : null}
        </>
      ) : (
        <Typography variant="pi" textColor="neutral600">{`Scheduling: ${may.message}`}</Typography>
      )}
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
    </Flex>
  );
}

/** The edit view's Schedule panel: when the draft goes out, changed or cancelled until then, and a refusal's reasons. */
export function SchedulePanel({ model, documentId, document }: PanelProps) {
  const type = typeOfUid(model);
  if (!type) return null;
  return {
    title: 'Schedule',
    content: documentId ? (
      <ScheduleControl type={type} documentId={documentId} updatedAt={document?.updatedAt} />
    ) : (
      <Typography variant="pi">Save the draft to schedule it.</Typography>
    ),
  };
}
