import * as React from 'react';
import { Badge, Box, Button, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { StageView } from '../../../server/src/services/stages';
import { ARTICLE_UID } from '../constants';
import { errorText } from '../errors';
import { stageMoved } from '../publishing/usePublishCheck';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

const when = (at: string) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function StageControl({ documentId, updatedAt }: { documentId: string; updatedAt: string | null | undefined }) {
  const { get, post } = useFetchClient();
  const [view, setView] = React.useState<StageView | null>(null);
  const [note, setNote] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: StageView }>(`/editorial/articles/${documentId}/stage`).then(
      ({ data }) => setView(data.data),
      (reason: unknown) => setError(errorText(reason, 'The stage could not be loaded.')),
    );
  }, [get, documentId, updatedAt]);

  const moveTo = async (to: string) => {
    try {
      const { data } = await post<{ data: StageView }>(`/editorial/articles/${documentId}/stage`, { to, note });
      setView(data.data);
      setNote('');
      setError(null);
      stageMoved();
    } catch (reason) {
      setError(errorText(reason, 'The article could not be moved.'));
    }
  };

  if (!view) return <Typography>{error ?? 'Loading…'}</Typography>;
  const label = (id: string | null) => view.stages.find((stage) => stage.id === id)?.label ?? id ?? '—';

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={2}>
        <Typography variant="sigma">Stage</Typography>
        <Badge>{view.stage.label}</Badge>
      </Flex>
      {view.moves.map((move) => (
        <Flex key={move.to} direction="column" alignItems="stretch" gap={1}>
          <Button variant={move.allowed ? 'secondary' : 'tertiary'} disabled={!move.allowed} onClick={() => moveTo(move.to)}>
            Move to {move.label}
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
          placeholder="Note for the history (optional)"
          value={note}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)}
        />
      ) : null}
      {view.review.length > 0 ? (
        <Box background="warning100" padding={2} hasRadius>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <Typography variant="sigma">Needs review</Typography>
            <Typography variant="pi">
              Kept online by the import as the previous site published it, although the rules find this; fix it and publish, and the rules apply again:
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
        <Typography variant="pi">Publishing: {view.publish.message}</Typography>
      </Box>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {view.history.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="sigma">History</Typography>
          {view.history.map((change) => (
            <Typography key={`${change.at}-${change.to}`} variant="pi">
              {when(change.at)} · {change.userName ?? 'system'}: {label(change.from)} → {label(change.to)}
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
  if (model !== ARTICLE_UID) return null;
  return {
    title: 'Editorial stage',
    content: documentId ? (
      <StageControl documentId={documentId} updatedAt={document?.updatedAt} />
    ) : (
      <Typography variant="pi">Save the article to send it through the stages.</Typography>
    ),
  };
}
