import * as React from 'react';
import { Box, Field, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { KickerActions } from '../components/KickerActions';
import { StateBadge } from '../components/StateBadge';
import { APPROVE_KICKERS, READ_KICKERS, type KickerState, type KickerView } from '../constants';
import { useList } from '../useList';
import { useRun } from '../useRun';

type Filter = KickerState | 'all';

const FILTERS: Array<{ value: Filter; label: string }> = [
  { value: 'all', label: 'All kickers' },
  { value: 'proposed', label: 'Proposed' },
  { value: 'approved', label: 'Approved' },
  { value: 'retired', label: 'Retired' },
];

const isFilter = (value: string): value is Filter => FILTERS.some((filter) => filter.value === value);

function KickerTable({ canApprove }: { canApprove: boolean }) {
  const { rows, error, reload } = useList<KickerView>('/editorial/kickers', 'The kickers could not be loaded.');
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
          <Field.Label>Show</Field.Label>
          <SingleSelect value={filter} onChange={choose}>
            {FILTERS.map(({ value, label }) => (
              <SingleSelectOption key={value} value={value}>
                {`${label} (${count(value)})`}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      {shown.length === 0 ? (
        <Typography textColor="neutral600">No kickers here.</Typography>
      ) : (
        <Table colCount={canApprove ? 5 : 4} rowCount={shown.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">Label</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Slug</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">State</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">Articles</Typography>
              </Th>
              {canApprove ? (
                <Th>
                  <Typography variant="sigma">Actions</Typography>
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
  const { allowedActions, isLoading } = useRBAC(APPROVE_KICKERS);
  return (
    <Page.Main>
      <Page.Title>Kickers</Page.Title>
      <Layouts.Header title="Kickers" subtitle="The series labels above headlines: approve the ones reporters propose, retire or merge the rest." />
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
