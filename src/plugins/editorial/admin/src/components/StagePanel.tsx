import * as React from 'react';
import { Badge, Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import type { StageView } from '../../../server/src/services/stages';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';
import { errorText } from '../errors';
import { useNewsroomDates } from '../newsroom';
import { stageMoved } from '../publishing/usePublishCheck';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

function StageControl({ documentId, updatedAt }: { documentId: string; updatedAt: string | null | undefined }) {
  const { get, post } = useFetchClient();
  const { formatMessage } = useIntl();
  const dates = useNewsroomDates();
  const [view, setView] = React.useState<StageView | null>(null);
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: StageView }>(`/editorial/articles/${documentId}/stage`).then(
      ({ data }) => setView(data.data),
      (reason: unknown) =>
        setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.stage.loadFailed`, defaultMessage: 'The stage could not be loaded.' }))),
    );
  }, [get, documentId, updatedAt, formatMessage]);

  const moveTo = async (to: string) => {
    try {
      const { data } = await post<{ data: StageView }>(`/editorial/articles/${documentId}/stage`, { to, note });
      setView(data.data);
      setNote('');
      setError(null);
      stageMoved();
    } catch (reason) {
      setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.stage.moveFailed`, defaultMessage: 'The article could not be moved.' })));
    }
  };

  if (!view) return <Typography>{error ?? formatMessage({ id: `${PLUGIN_ID}.stage.loading`, defaultMessage: 'Loading…' })}</Typography>;
  const label = (id: string | null) => view.stages.find((stage) => stage.id === id)?.label ?? id ?? '—';

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={2}>
        <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.stage.title`, defaultMessage: 'Stage' })}</Typography>
        <Badge>{view.stage.label}</Badge>
      </Flex>
      {view.moves.map((move) => (
        <Flex key={move.to} direction="column" alignItems="stretch" gap={1}>
          <Button variant={move.allowed ? 'secondary' : 'tertiary'} disabled={!move.allowed} onClick={() => moveTo(move.to)}>
            {formatMessage({ id: `${PLUGIN_ID}.stage.moveTo`, defaultMessage: 'Move to {stage}' }, { stage: move.label })}
          </Button>
          {move.message ? (
            <Typography variant="pi" textColor="neutral600">
              {move.message}
            </Typography>
          ) : null}
        </Flex>
      ))}
      {view.moves.some((move) => move.allowed) ? (
        <Textarea
          name="stage-note"
          placeholder={formatMessage({ id: `${PLUGIN_ID}.stage.notePlaceholder`, defaultMessage: 'Note for the history (optional)' })}
          value={note}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
        />
      ) : null}
      {view.review.length > 0 ? (
        <Box background="warning100" padding={2} hasRadius>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.stage.needsReview`, defaultMessage: 'Needs review' })}</Typography>
            <Typography variant="pi">
              {formatMessage({
                id: `${PLUGIN_ID}.stage.needsReviewText`,
                defaultMessage:
                  'Kept online by the import as the previous site published it, although the rules find this; fix it and publish, and the rules apply again:',
              })}
            </Typography>
            {view.review.map((finding, index) => (
              <Typography key={index} variant="pi">
                {`${finding.gate}: ${finding.message}`}
              </Typography>
            ))}
          </Flex>
        </Box>
      ) : null}
      <Box background={view.publish.allowed ? 'success100' : 'neutral100'} padding={2} hasRadius>
        <Typography variant="pi">
          {formatMessage({ id: `${PLUGIN_ID}.stage.publishing`, defaultMessage: 'Publishing: {verdict}' }, { verdict: view.publish.message })}
        </Typography>
      </Box>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {view.history.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.stage.history`, defaultMessage: 'History' })}</Typography>
          {view.history.map((change) => (
            <Typography key={`${change.at}-${change.to}`} variant="pi">
              {formatMessage(
                { id: `${PLUGIN_ID}.stage.historyEntry`, defaultMessage: '{when} · {who}: {from} → {to}' },
                {
                  when: dates.moment(change.at),
                  who: change.userName ?? formatMessage({ id: `${PLUGIN_ID}.stage.system`, defaultMessage: 'system' }),
                  from: label(change.from),
                  to: label(change.to),
                },
              )}
              {change.note ? ` — ${change.note}` : ''}
            </Typography>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** The edit view's stage control: the article's stage, the moves the user may make, the publishing verdict, the history. */
export function StagePanel({ model, documentId, document }: PanelProps) {
  // The Content Manager calls side panels as hooks, so a panel may read the admin panel's messages.
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.stage.panelTitle`, defaultMessage: 'Editorial stage' }),
    content: documentId ? (
      <StageControl documentId={documentId} updatedAt={document?.updatedAt} />
    ) : (
      <Typography variant="pi">
        {formatMessage({ id: `${PLUGIN_ID}.stage.saveFirst`, defaultMessage: 'Save the article to send it through the stages.' })}
      </Typography>
    ),
  };
}
