import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { unstable_useDocument as useDocument, useQueryParams } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ARTICLE_UID, FACT_CHECK_UID, PLUGIN_ID } from '../constants';
import { CorrectionForm } from './CorrectionForm';

interface PanelProps {
  model: string;
  collectionType: string;
  documentId?: string;
  document?: { status?: string | null } | null;
}

const STORIES: Record<string, 'articles' | 'fact-checks'> = { [ARTICLE_UID]: 'articles', [FACT_CHECK_UID]: 'fact-checks' };

type Query = Record<string, unknown> & { plugins?: Record<string, unknown> };

/**
 * The edit view's own document query is keyed by the page's query parameters, read as the Content Manager reads them
 * (each plugin's parameters lifted out of `plugins`); asking with the same ones makes `refetch` reload the form itself,
 * so it shows the entry just published and sends it back with the next save.
 */
function editViewParams(query: Query | undefined): Record<string, unknown> | undefined {
  if (!query) return query;
  const lifted = Object.values(query.plugins ?? {}).filter((value): value is object => typeof value === 'object' && value !== null);
  const { plugins: _plugins, ...rest } = Object.assign({}, query, ...lifted) as Query;
  return rest;
}

function PublishedStory({ model, collectionType, documentId }: { model: string; collectionType: string; documentId: string }) {
  const [{ query }] = useQueryParams<Query>();
  const params = React.useMemo(() => editViewParams(query), [query]);
  const { refetch } = useDocument({ model, collectionType, documentId, params });
  return <CorrectionForm story={STORIES[model]} documentId={documentId} onAdded={refetch} />;
}

/** The edit view's Corrections panel: on a published article or fact check, a correction added and published in one action. */
export function CorrectionsPanel({ model, collectionType, documentId, document }: PanelProps) {
  const { formatMessage } = useIntl();
  if (!STORIES[model]) return null;
  const published = Boolean(documentId) && document?.status !== undefined && document.status !== 'draft';
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.corrections.title`, defaultMessage: 'Corrections' }),
    content: published ? (
      <PublishedStory model={model} collectionType={collectionType} documentId={documentId as string} />
    ) : (
      <Typography variant="pi">
        {formatMessage({
          id: `${PLUGIN_ID}.corrections.unpublished`,
          defaultMessage: 'Once published, a correction is added here and published with the story.',
        })}
      </Typography>
    ),
  };
}
