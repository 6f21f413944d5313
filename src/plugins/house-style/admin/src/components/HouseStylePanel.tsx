import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { applySuggestion } from '../../../server/src/domain/check';
import { RULE_TITLES } from '../../../server/src/domain/messages';
import { RULE_IDS, type Advisory, type Field } from '../../../server/src/domain/types';
import { selectRange } from './editor-range';
import { useAdvisories, useSettings, useTexts } from './useAdvisories';

interface PanelProps {
  model: string;
}

const FIELD_NAMES: Record<Field, string> = { body: 'body', title: 'headline', deck: 'standfirst' };

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function AdvisoryItem({ advisory, text, onApply }: { advisory: Advisory; text: string; onApply: () => void }) {
  const marked = text.slice(advisory.start, advisory.end);
  const [unreachable, setUnreachable] = React.useState(false);
  return (
    <Box role="listitem" aria-label={marked} background="neutral100" padding={2} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography variant="pi" textColor="neutral800">
          {advisory.field === 'body' ? '' : `In the ${FIELD_NAMES[advisory.field]}: `}“{excerpt(marked)}”
          {advisory.suggestion !== undefined ? ` → “${advisory.suggestion}”` : ''}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {advisory.message}
        </Typography>
        <Flex gap={2}>
          <Button variant="tertiary" size="S" onClick={() => setUnreachable(!selectRange(advisory.field, advisory.start, advisory.end))}>
            Show
          </Button>
          {advisory.suggestion !== undefined ? (
            <Button variant="secondary" size="S" onClick={onApply}>
              Apply
            </Button>
          ) : null}
        </Flex>
        {unreachable ? (
          <Typography variant="pi" textColor="warning600">
            The editor could not be reached: characters {advisory.start} to {advisory.end} of the {FIELD_NAMES[advisory.field]}.
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
}

function HouseStyle() {
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
        Reading the house style…
      </Typography>
    );
  const { advisories } = checked;
  if (advisories.length === 0)
    return (
      <Typography variant="pi" textColor="success600">
        No house-style advisories.
      </Typography>
    );

  // An advisory is applied only to the text it was found in: if the editor has typed since, its offsets may point at
  // other words, and the next check (moments away) offers the fix again.
  const apply = (advisory: Advisory) => {
    const text = texts[advisory.field];
    if (text === checked.texts[advisory.field]) onChange(advisory.field, applySuggestion(text, advisory));
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} role="list" aria-label="House-style advisories">
      <Typography variant="pi" textColor="neutral600">
        {advisories.length === 1 ? '1 advisory' : `${advisories.length} advisories`}, from the style guide; none blocks publishing.
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
    </Flex>
  );
}

/** Edit-view side panel on articles: house-style advisories from the newsroom's guide, grouped by rule, as it types. */
export const HouseStylePanel = ({ model }: PanelProps) => {
  if (model !== 'api::article.article') return null;
  return { title: 'House style', content: <HouseStyle /> };
};
