import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { applySuggestion } from '../../../server/src/domain/check';
import { RULE_TITLES } from '../../../server/src/domain/messages';
import { RULE_IDS, type Advisory, type Field } from '../../../server/src/domain/types';
import { LabelledList } from '../../../../../admin/labelled-list';
import { PLUGIN_ID } from '../constants';
import { selectRange } from './editor-range';
import { useAdvisories, useSettings, useTexts } from './useAdvisories';

interface PanelProps {
  model: string;
}

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function AdvisoryItem({ advisory, text, onApply }: { advisory: Advisory; text: string; onApply: () => void }) {
  const { formatMessage } = useIntl();
  const fieldNames: Record<Field, string> = {
    body: formatMessage({ id: `${PLUGIN_ID}.panel.field.body`, defaultMessage: 'body' }),
    title: formatMessage({ id: `${PLUGIN_ID}.panel.field.title`, defaultMessage: 'headline' }),
    deck: formatMessage({ id: `${PLUGIN_ID}.panel.field.deck`, defaultMessage: 'standfirst' }),
  };
  const marked = text.slice(advisory.start, advisory.end);
  const where = fieldNames[advisory.field];
  const [unreachable, setUnreachable] = React.useState(false);
  return (
    <Box role="listitem" aria-label={marked} background="neutral100" padding={2} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="pi" textColor="neutral800">
          {advisory.field === 'body' ? '' : formatMessage({ id: `${PLUGIN_ID}.panel.inField`, defaultMessage: 'In the {field}: ' }, { field: where })}“
          {excerpt(marked)}”{advisory.suggestion !== undefined ? ` → “${advisory.suggestion}”` : ''}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {advisory.message}
        </Typography>
        <Flex gap={2}>
          <Button variant="tertiary" size="S" onClick={() => setUnreachable(!selectRange(advisory.field, advisory.start, advisory.end))}>
            {formatMessage({ id: `${PLUGIN_ID}.panel.show`, defaultMessage: 'Show' })}
          </Button>
          {advisory.suggestion !== undefined ? (
            <Button variant="secondary" size="S" onClick={onApply}>
              {formatMessage({ id: `${PLUGIN_ID}.panel.apply`, defaultMessage: 'Apply' })}
            </Button>
          ) : null}
        </Flex>
        {unreachable ? (
          <Typography variant="pi" textColor="warning600">
            {formatMessage(
              { id: `${PLUGIN_ID}.panel.unreachable`, defaultMessage: 'The editor could not be reached: characters {start} to {end} of the {field}.' },
              { start: advisory.start, end: advisory.end, field: where },
            )}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
}

function HouseStyle() {
  const { formatMessage } = useIntl();
  const texts = useTexts();
  const onChange = useForm('HouseStylePanel', (state) => state.onChange);
  const { settings, error } = useSettings();
  const checked = useAdvisories(texts, settings);

  if (error)
    return (
      <Typography variant="pi" textColor="danger600">
        {error}
      </Typography>
    );
  if (!checked)
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.reading`, defaultMessage: 'Reading the house style…' })}
      </Typography>
    );
  const { advisories } = checked;
  if (advisories.length === 0)
    return (
      <Typography variant="pi" textColor="success600">
        {formatMessage({ id: `${PLUGIN_ID}.panel.none`, defaultMessage: 'No house-style advisories.' })}
      </Typography>
    );

  // An advisory is applied only to the text it was found in: if the editor has typed since, its offsets may point at
  // other words, and the next check (moments away) offers the fix again.
  const apply = (advisory: Advisory) => {
    const text = texts[advisory.field];
    if (text === checked.texts[advisory.field]) onChange(advisory.field, applySuggestion(text, advisory));
  };

  return (
    <LabelledList gap={3} label={formatMessage({ id: `${PLUGIN_ID}.panel.advisories`, defaultMessage: 'House-style advisories' })}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(
          {
            id: `${PLUGIN_ID}.panel.count`,
            defaultMessage: '{count, plural, one {# advisory} other {# advisories}}, from the style guide; none blocks publishing.',
          },
          { count: advisories.length },
        )}
      </Typography>
      {RULE_IDS.map((rule) => {
        const mine = advisories.filter((advisory) => advisory.rule === rule);
        if (mine.length === 0) return null;
        return (
          <Flex key={rule} direction="column" alignItems="stretch" gap={1} role="group" aria-label={RULE_TITLES[rule]}>
            <Typography variant="sigma" textColor="neutral700">
              {RULE_TITLES[rule]} ({mine.length})
            </Typography>
            {mine.map((advisory) => (
              <AdvisoryItem
                key={`${advisory.field}-${advisory.start}-${advisory.end}`}
                advisory={advisory}
                text={checked.texts[advisory.field]}
                onApply={() => apply(advisory)}
              />
            ))}
          </Flex>
        );
      })}
    </LabelledList>
  );
}

/** Edit-view side panel on articles: house-style advisories from the newsroom's guide, grouped by rule, as it types. */
export const HouseStylePanel = ({ model }: PanelProps) => {
  const { formatMessage } = useIntl();
  if (model !== 'api::article.article') return null;
  return { title: formatMessage({ id: `${PLUGIN_ID}.panel.title`, defaultMessage: 'House style' }), content: <HouseStyle /> };
};
