import * as React from 'react';
import { Box, Field, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { KickerActions } from '../components/KickerActions';
import { StateBadge } from '../components/StateBadge';
import { APPROVE_KICKERS, PLUGIN_ID, READ_KICKERS, type KickerState, type KickerView } from '../constants';
import { useList } from '../useList';
import { useRun } from '../useRun';

type Filter = KickerState | 'all';

const FILTERS: readonly Filter[] = ['all', 'proposed', 'approved', 'retired'];

const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value);

function KickerTable({ canApprove }: { canApprove: boolean }) {
  const { formatMessage } = useIntl();
  const labels: Record<Filter, string> = {
    all: formatMessage({ id: `${PLUGIN_ID}.kickers.filter.all`, defaultMessage: 'All kickers' }),
    proposed: formatMessage({ id: `${PLUGIN_ID}.kickers.filter.proposed`, defaultMessage: 'Proposed' }),
    approved: formatMessage({ id: `${PLUGIN_ID}.kickers.filter.approved`, defaultMessage: 'Approved' }),
    retired: formatMessage({ id: `${PLUGIN_ID}.kickers.filter.retired`, defaultMessage: 'Retired' }),
  };
  const { rows, error, reload } = useList<KickerView>(
    '/editorial/kickers',
    formatMessage({ id: `${PLUGIN_ID}.kickers.loadFailed`, defaultMessage: 'The kickers could not be loaded.' }),
  );
  const run = useRun(reload);
  const [filter, setFilter] = React.useState<Filter>('all');

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!rows) return <Page.Loading />;

  // The server lists proposed kickers first: they wait on an editor.
  const shown = rows.filter((row) => filter === 'all' || row.state === filter);
  const choose = (value: string | number) => {
    const next = String(value);
    if (isFilter(next)) setFilter(next);
  };
  const count = (value: Filter) => (value === 'all' ? rows.length : rows.filter((row) => row.state === value).length);

  return (
    <>
      <Box paddingBottom={4} maxWidth="24rem">
        <Field.Root name="state-filter">
          <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.kickers.filter.label`, defaultMessage: 'Show' })}</Field.Label>
          <SingleSelect value={filter} onChange={choose}>
            {FILTERS.map((value) => (
              <SingleSelectOption key={value} value={value}>
                {`${labels[value]} (${count(value)})`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      {shown.length === 0 ? (
        <Typography textColor="neutral600">{formatMessage({ id: `${PLUGIN_ID}.kickers.none`, defaultMessage: 'No kickers here.' })}</Typography>
      ) : (
        <Table colCount={canApprove ? 5 : 4} rowCount={shown.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.kickers.column.label`, defaultMessage: 'Label' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.kickers.column.slug`, defaultMessage: 'Slug' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.kickers.column.state`, defaultMessage: 'State' })}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.kickers.column.articles`, defaultMessage: 'Articles' })}</Typography>
              </Th>
              {canApprove ? (
                <Th>
                  <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.kickers.column.actions`, defaultMessage: 'Actions' })}</Typography>
                </Th>
              ) : null}
            </Tr>
          </Thead>
          <Tbody>
            {shown.map((kicker) => (
              <Tr key={kicker.documentId}>
                <Td>
                  <Typography fontWeight="bold">{kicker.label}</Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral600">{kicker.slug}</Typography>
                </Td>
                <Td>
                  <StateBadge state={kicker.state} />
                </Td>
                <Td>
                  <Typography>{kicker.articleCount}</Typography>
                </Td>
                {canApprove ? (
                  <Td>
                    <KickerActions kicker={kicker} kickers={rows} run={run} />
                  </Td>
                ) : null}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
}

function KickersPage() {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: `${PLUGIN_ID}.kickers.title`, defaultMessage: 'Kickers' });
  const { allowedActions, isLoading } = useRBAC(APPROVE_KICKERS);
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: `${PLUGIN_ID}.kickers.subtitle`,
          defaultMessage: 'The series labels above headlines: approve the ones reporters propose, retire or merge the rest.',
        })}
      />
      <Layouts.Content>{isLoading ? <Page.Loading /> : <KickerTable canApprove={Boolean(allowedActions.canApproveKicker)} />}</Layouts.Content>
    </Page.Main>
  );
}

/** Editorial → Kickers: every kicker, its state and use, and the approval workflow for those who may approve. */
export default function ProtectedKickersPage() {
  return (
    <Page.Protect permissions={READ_KICKERS}>
      <KickersPage />
    </Page.Protect>
  );
}
