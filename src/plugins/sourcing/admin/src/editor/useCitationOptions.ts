import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { useParams } from 'react-router-dom';
import { FACT_CHECK_UID } from '../../../server/src/constants';
import { citedNumbers } from '../../../server/src/domain/citations';
import { citationOptions, type CitationOption, type CitedSource } from './citation-options';

interface FormCitation {
  number?: number | string | null;
}

interface ReportCitation {
  number: number;
  source: CitedSource | null;
}

const NO_CITATIONS: FormCitation[] = [];

/**
 * The citation list to offer after "[" in a fact check's text: the form's citation numbers (as the editor has them,
 * unsaved ones included) and the numbers the text cites, with each saved citation's source from the sourcing report.
 * Null outside a fact check, where "[" is only a link.
 */
export function useCitationOptions(text: string): CitationOption[] | null {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  const isFactCheck = slug === FACT_CHECK_UID;
  const { get } = useFetchClient();
  const listed = useForm('SourcedMarkdownInput', (state) => (state.values as { citations?: FormCitation[] }).citations ?? NO_CITATIONS);
  const [sources, setSources] = React.useState<ReadonlyMap<number, CitedSource | null>>(new Map());

  React.useEffect(() => {
    if (!isFactCheck || !id || id === 'create') return;
    get<{ data: { citations?: ReportCitation[] } }>(`/sourcing/fact-checks/${encodeURIComponent(id)}/report`).then(
      ({ data }) => setSources(new Map((data.data.citations ?? []).map((citation) => [citation.number, citation.source]))),
      // Without the report the list still offers every number, each "waiting for a source".
      () => setSources(new Map()),
    );
  }, [get, id, isFactCheck]);

  return React.useMemo(
    () =>
      isFactCheck
        ? citationOptions(
            listed.map((entry) => Number(entry.number)),
            citedNumbers(text),
            sources,
          )
        : null,
    [isFactCheck, listed, text, sources],
  );
}
