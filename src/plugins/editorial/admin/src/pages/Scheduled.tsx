import * as React from 'react';
import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { ScheduleEntry } from '../../../server/src/services/schedules';
import { SCHEDULED_TYPES } from '../../../server/src/domain/schedule';
import { PLUGIN_ID, READ_ARTICLES } from '../constants';
import { errorText } from '../errors';
import { useNewsroomDates } from '../newsroom';

interface ScheduledList {
  pending: ScheduleEntry[];
  refused: ScheduleEntry[];
}

function Entries({ entries, time, detail }: { entries: ScheduleEntry[]; time: string; detail: (entry: ScheduleEntry) => string }) {
  const { formatMessage } = useIntl();
  const dates = useNewsroomDates();
  const typeLabels: Record<ScheduleEntry['type'], string> = {
    article: formatMessage({ id: `${PLUGIN_ID}.scheduled.type.article`, defaultMessage: 'Article' }),
    'fact-check': formatMessage({ id: `${PLUGIN_ID}.scheduled.type.factCheck`, defaultMessage: 'Fact check' }),
  };
  return (
    <Table colCount={4} rowCount={entries.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{time}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.scheduled.column.title`, defaultMessage: 'Title' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.scheduled.column.type`, defaultMessage: 'Type' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.scheduled.column.details`, defaultMessage: 'Details' })}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {entries.map((entry) => (
          <Tr key={entry.id}>
            <Td>
              <Typography>{dates.moment(entry.publishAt)}</Typography>
            </Td>
            <Td>
              <Link to={`/content-manager/collection-types/${SCHEDULED_TYPES[entry.type]}/${entry.documentId}`}>
                <Typography fontWeight="bold">{entry.title ?? entry.documentId}</Typography>
              </Link>
            </Td>
            <Td>
              <Typography>{typeLabels[entry.type]}</Typography>
            </Td>
            <Td>
              <Typography variant="pi" style={{ whiteSpace: 'normal' }}>
                {detail(entry)}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

function ScheduledTables() {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [list, setList] = React.useState<ScheduledList | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let current = true;
    get<{ data: ScheduledList }>('/editorial/schedules').then(
      ({ data }) => current && setList(data.data),
      (reason: unknown) =>
        current && setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.schedule.loadFailed`, defaultMessage: 'The schedule could not be loaded.' }))),
    );
    return () => {
      current = false;
    };
  }, [get, formatMessage]);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!list) return <Page.Loading />;
  return (
    <>
      {list.pending.length === 0 ? (
        <Typography textColor="neutral600">{formatMessage({ id: `${PLUGIN_ID}.scheduled.none`, defaultMessage: 'Nothing is scheduled.' })}</Typography>
      ) : (
        <Entries
          entries={list.pending}
          time={formatMessage({ id: `${PLUGIN_ID}.scheduled.publishesAt`, defaultMessage: 'Publishes at' })}
          detail={(entry) =>
            entry.scheduledByName
              ? formatMessage({ id: `${PLUGIN_ID}.scheduled.by`, defaultMessage: 'Scheduled by {name}' }, { name: entry.scheduledByName })
              : formatMessage({ id: `${PLUGIN_ID}.scheduled.bySystem`, defaultMessage: 'Scheduled by the system' })
          }
        />
      )}
      {list.refused.length > 0 ? (
        <Box paddingTop={8}>
          <Typography variant="beta" tag="h2">
            {formatMessage({ id: `${PLUGIN_ID}.scheduled.refused`, defaultMessage: 'Refused when their time came' })}
          </Typography>
          <Box paddingTop={4}>
            <Entries
              entries={list.refused}
              time={formatMessage({ id: `${PLUGIN_ID}.scheduled.wasDue`, defaultMessage: 'Was due' })}
              detail={(entry) => entry.outcome ?? ''}
            />
          </Box>
        </Box>
      ) : null}
    </>
  );
}

/** Editorial → Scheduled: what goes out when, soonest first, and the scheduled publishes a rule refused. */
export default function ScheduledPage() {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: `${PLUGIN_ID}.scheduled.title`, defaultMessage: 'Scheduled' });
  return (
    <Page.Protect permissions={READ_ARTICLES}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={formatMessage({
            id: `${PLUGIN_ID}.scheduled.subtitle`,
            defaultMessage: 'Articles and fact checks that publish themselves at a set time, soonest first.',
          })}
        />
        <Layouts.Content>
          <ScheduledTables />
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
}
