import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { SourceLabel } from '../../../server/src/domain/citation-rows';

interface Report {
  citations: Array<{ number: number; source: SourceLabel | null }>;
}

/**
 * The source each citation number stands for in the saved draft: the edit form holds a relation only as the changes to
 * send (`{ connect, disconnect }`), so what is already stored is read from the sourcing report, again after each save.
 */
export function useSavedCitations(documentId: string | undefined, version: string): { sources: Map<number, SourceLabel | null>; error: string | null } {
  const { get } = useFetchClient();
  const [sources, setSources] = React.useState<Map<number, SourceLabel | null>>(new Map());
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    if (!documentId) return undefined;
    let current = true;
    get<{ data: Report }>(`/sourcing/fact-checks/${documentId}/report`).then(
      ({ data }) => {
        if (!current) return;
        setSources(new Map(data.data.citations.map((citation) => [citation.number, citation.source])));
        setError(null);
      },
      (reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [get, documentId, version]);
  return { sources, error };
}
