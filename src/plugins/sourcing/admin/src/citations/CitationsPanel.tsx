import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { attachSource, chosenSource, relationChange, removeCitation, type FormCitation } from '../../../server/src/domain/citation-form';
import { citationRows, excerptCiting, sourceName, type CitationRow, type CitationState, type SourceLabel } from '../../../server/src/domain/citation-rows';
import { citingTexts, type FactCheckTexts } from '../../../server/src/domain/citations';
import { LabelledList } from '../../../../../admin/labelled-list';
import { FACT_CHECK_UID, PLUGIN_ID } from '../constants';
import { SourcePicker } from './SourcePicker';
import { useSavedCitations } from './useSavedCitations';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: string | null } | null;
}

const SHOWN_SENTENCES = 1;
// Long hosts and quotes wrap inside the narrow panel instead of widening it.
const WRAP = { overflowWrap: 'anywhere' } as const;

const STATES: Record<CitationState, { id: string; defaultMessage: string; variant: 'success' | 'danger' | 'warning' | 'neutral' }> = {
  complete: { id: `${PLUGIN_ID}.citations.state.complete`, defaultMessage: 'Sourced', variant: 'success' },
  'cited-without-source': { id: `${PLUGIN_ID}.citations.state.noSource`, defaultMessage: 'Cited but no source', variant: 'danger' },
  'never-cited': { id: `${PLUGIN_ID}.citations.state.neverCited`, defaultMessage: 'Source never cited', variant: 'warning' },
  unused: { id: `${PLUGIN_ID}.citations.state.unused`, defaultMessage: 'Not cited', variant: 'neutral' },
};

function Row({ row, onPick, onRemove }: { row: CitationRow; onPick(source: SourceLabel): void; onRemove(): void }) {
  const { formatMessage } = useIntl();
  const [changing, setChanging] = React.useState(false);
  const state = STATES[row.state];
  const picking = changing || row.state === 'cited-without-source';
  const more = row.sentences.length - SHOWN_SENTENCES;
  return (
    <Box role="listitem" aria-label={`[${row.number}]`} background="neutral100" padding={2} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Flex justifyContent="space-between" gap={2} wrap="wrap">
          <Typography variant="omega" fontWeight="bold">{`[${row.number}]`}</Typography>
          <Badge variant={state.variant}>{formatMessage(state)}</Badge>
        </Flex>
        {row.sentences.slice(0, SHOWN_SENTENCES).map((sentence, index) => (
          <Typography key={index} variant="pi" textColor="neutral700" style={WRAP}>
            {`“${excerptCiting(sentence, row.number)}”`}
          </Typography>
        ))}
        {more > 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              { id: `${PLUGIN_ID}.citations.more`, defaultMessage: 'and {count, plural, one {# more sentence} other {# more sentences}}' },
              { count: more },
            )}
          </Typography>
        ) : null}
        {!row.listed ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: `${PLUGIN_ID}.citations.unlisted`, defaultMessage: 'Not in the list yet: choosing a source adds it.' })}
          </Typography>
        ) : null}
        {row.source ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="pi" fontWeight="semiBold" style={WRAP}>
              {sourceName(row.source)}
            </Typography>
            <Button variant="tertiary" size="S" onClick={() => setChanging(!changing)}>
              {changing
                ? formatMessage({ id: `${PLUGIN_ID}.citations.keep`, defaultMessage: 'Keep this source' })
                : formatMessage({ id: `${PLUGIN_ID}.citations.change`, defaultMessage: 'Change source' })}
            </Button>
          </Flex>
        ) : null}
        {row.state === 'never-cited' || row.state === 'unused' ? (
          <Button variant="danger-light" size="S" onClick={onRemove}>
            {formatMessage({ id: `${PLUGIN_ID}.citations.remove`, defaultMessage: 'Remove [{number}] from the list' }, { number: row.number })}
          </Button>
        ) : null}
        {picking ? (
          <SourcePicker
            number={row.number}
            onPick={(source) => {
              setChanging(false);
              onPick(source);
            }}
          />
        ) : null}
      </Flex>
    </Box>
  );
}

/** The rows from the form as it stands: its texts, its citation list, and each number's chosen or saved source. */
function Citations({ documentId, version }: { documentId?: string; version: string }) {
  const { formatMessage } = useIntl();
  const values = useForm('CitationsPanel', (state) => state.values) as FactCheckTexts & { citations?: FormCitation[] };
  const onChange = useForm('CitationsPanel', (state) => state.onChange);
  const saved = useSavedCitations(documentId, version);
  const items = values.citations ?? [];
  const entries = items.map((item) => ({ number: Number(item.number), source: chosenSource(item) ?? saved.sources.get(Number(item.number)) ?? null }));
  const rows = citationRows(citingTexts(values), entries);
  const open = rows.filter((row) => row.state === 'cited-without-source' || row.state === 'never-cited').length;

  if (rows.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.citations.none`, defaultMessage: 'The text cites no numbered source: write [1] after a claim to cite one.' })}
      </Typography>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {saved.error ? (
        <Typography variant="pi" textColor="danger600">
          {saved.error}
        </Typography>
      ) : null}
      <Typography variant="pi" textColor={open > 0 ? 'danger600' : 'success600'}>
        {open > 0
          ? formatMessage(
              { id: `${PLUGIN_ID}.citations.open`, defaultMessage: '{count, plural, one {# citation needs} other {# citations need}} attention.' },
              { count: open },
            )
          : formatMessage({ id: `${PLUGIN_ID}.citations.allSourced`, defaultMessage: 'Every cited number has its source.' })}
      </Typography>
      <LabelledList gap={2} label={formatMessage({ id: `${PLUGIN_ID}.citations.list`, defaultMessage: 'Citations' })}>
        {rows.map((row) => (
          <Row
            key={row.number}
            row={row}
            onPick={(source) => onChange('citations', attachSource(items, row.number, relationChange(source)))}
            onRemove={() => onChange('citations', removeCitation(items, row.number))}
          />
        ))}
      </LabelledList>
    </Flex>
  );
}

/**
 * Edit-view side panel on fact checks: the citation list as editors work it, one row per number, in place of the stock
 * repeatable accordions. Choices go into the edit form, so Save and Publish send them as any other change.
 */
export const CitationsPanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== FACT_CHECK_UID) return null;
  return {
    title: formatMessage({ id: `${PLUGIN_ID}.citations.title`, defaultMessage: 'Citations' }),
    content: <Citations documentId={documentId} version={String(document?.updatedAt ?? '')} />,
  };
};
