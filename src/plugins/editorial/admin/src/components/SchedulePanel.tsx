import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ScheduleView } from '../../../server/src/services/schedules';
import { typeOfUid, type ScheduledType } from '../../../server/src/domain/schedule';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../constants';
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
  const { formatMessage } = useIntl();
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
      (reason: unknown) =>
        setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.schedule.loadFailed`, defaultMessage: 'The schedule could not be loaded.' }))),
    );
  }, [get, url, updatedAt, show, formatMessage]);

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
    send(
      () => put<{ data: ScheduleView }>(url, { publishAt: time ? new Date(time).toISOString() : '' }),
      formatMessage({ id: `${PLUGIN_ID}.schedule.failed`, defaultMessage: 'The article could not be scheduled.' }),
    );
  const cancel = () =>
    send(
      () => del<{ data: ScheduleView }>(url),
      formatMessage({ id: `${PLUGIN_ID}.schedule.cancelFailed`, defaultMessage: 'The schedule could not be cancelled.' }),
    );

  if (!view) return <Typography>{error ?? formatMessage({ id: `${PLUGIN_ID}.schedule.loading`, defaultMessage: 'Loading…' })}</Typography>;
  const { pending, last, may } = view;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {pending ? (
        <Box background="primary100" padding={2} hasRadius>
          <Typography variant="pi">
            {formatMessage({ id: `${PLUGIN_ID}.schedule.pending`, defaultMessage: 'Scheduled to publish on {when}.' }, { when: when(pending.publishAt) })}
          </Typography>
        </Box>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: `${PLUGIN_ID}.schedule.none`, defaultMessage: 'Not scheduled.' })}
        </Typography>
      )}
      {last?.state === 'refused' && !pending ? (
        <Box background="danger100" padding={2} hasRadius>
          <Typography variant="pi">{last.outcome}</Typography>
        </Box>
      ) : null}
      {may.allowed ? (
        <>
          <Field.Root
            name="publishAt"
            hint={formatMessage(
              { id: `${PLUGIN_ID}.schedule.hint`, defaultMessage: 'Your time zone ({zone}). The saved draft goes out then, if every publish rule allows it.' },
              { zone },
            )}
          >
            <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.schedule.publishAt`, defaultMessage: 'Publish at' })}</Field.Label>
            <TextInput type="datetime-local" value={time} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTime(event.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Button variant="secondary" disabled={!time} onClick={schedule}>
            {pending
              ? formatMessage({ id: `${PLUGIN_ID}.schedule.change`, defaultMessage: 'Change the time' })
              : formatMessage({ id: `${PLUGIN_ID}.schedule.schedule`, defaultMessage: 'Schedule' })}
          </Button>
          {pending ? (
            <Button variant="danger-light" onClick={cancel}>
              {formatMessage({ id: `${PLUGIN_ID}.schedule.cancel`, defaultMessage: 'Cancel the schedule' })}
            </Button>
          ) : null}
        </>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: `${PLUGIN_ID}.schedule.refused`, defaultMessage: 'Scheduling: {message}' }, { message: may.message })}
        </Typography>
      )}
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
    </Flex>
  );
}

/** The edit view's Schedule panel: when the draft goes out, changed or cancelled until then, and a refusal's reasons. */
export function SchedulePanel({ model, documentId, document }: PanelProps) {
  const { formatMessage } = useIntl();
  const type = typeOfUid(model);
  if (!type) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.schedule.title`, defaultMessage: 'Schedule' }),
    content: documentId ? (
      <ScheduleControl type={type} documentId={documentId} updatedAt={document?.updatedAt} />
    ) : (
      <Typography variant="pi">{formatMessage({ id: `${PLUGIN_ID}.schedule.unsaved`, defaultMessage: 'Save the draft to schedule it.' })}</Typography>
    ),
  };
}
