import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { citationHealth, type CitationHealth } from '../../../server/src/domain/citation-health';
import { listedType, type ListColumns, type ListHeader } from '../../../../../admin/list-columns';
import { FACT_CHECK_UID } from '../constants';

/** What the list reads of the fact check's sourcing report (server/src/services/report.ts). */
interface FactCheckReport {
  citations: unknown[];
  findings: Array<{ code: string }>;
}

function useHealth(documentId: string | undefined): CitationHealth | null {
  const { get } = useFetchClient();
  const [health, setHealth] = React.useState<CitationHealth | null>(null);
  React.useEffect(() => {
    if (!documentId) return;
    let current = true;
    get<{ data: FactCheckReport }>(`/sourcing/fact-checks/${documentId}/report`).then(
      ({ data }) => current && setHealth(citationHealth(data.data.citations, data.data.findings)),
      () => current && setHealth(null),
    );
    return () => {
      current = false;
    };
  }, [get, documentId]);
  return health;
}

function HealthCell({ documentId }: { documentId?: string }) {
  const { formatMessage } = useIntl();
  const health = useHealth(documentId);
  if (!health) return <Typography textColor="neutral500">-</Typography>;
  const parts = [
    formatMessage({ id: 'sourcing.list.cited', defaultMessage: '{count} cited' }, { count: health.cited }),
    health.withoutSource > 0
      ? formatMessage({ id: 'sourcing.list.withoutSource', defaultMessage: '{count} without source' }, { count: health.withoutSource })
      : null,
    health.neverCited > 0 ? formatMessage({ id: 'sourcing.list.neverCited', defaultMessage: '{count} never cited' }, { count: health.neverCited }) : null,
  ].filter(Boolean);
  const healthy = health.withoutSource === 0 && health.neverCited === 0;
  return <Typography textColor={healthy ? 'success600' : 'danger600'}>{parts.join(', ')}</Typography>;
}

/** The fact-check list's "Citations" column: how many numbers are cited and how many still lack their Source. */
export function addCitationHealthColumn({ displayedHeaders, layout }: ListColumns): ListColumns {
  if (listedType(window.location.pathname) !== FACT_CHECK_UID) return { displayedHeaders, layout };
  const column: ListHeader = {
    name: 'citationHealth',
    label: { id: 'sourcing.list.citations', defaultMessage: 'Citations' },
    searchable: false,
    sortable: false,
    cellFormatter: (row) => <HealthCell documentId={row.documentId} />,
  };
  return { displayedHeaders: [...displayedHeaders, column], layout };
}
