import * as React from 'react';
import { Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../constants';
import { useSourceSearch, type SourceChoice } from '../sources/useSourceSearch';

interface SourcePickerProps {
  /** The highlighted words being linked, shown so the editor knows which quote this is. */
  quote: string;
  onChoose(url: string): void;
  onClose(): void;
}

/**
 * Links a highlight to its source: words search existing Sources by title, host or address; a pasted address is
 * shown as the Source it becomes (an existing one when it matches) or with the reason it cannot be one.
 */
export function SourcePicker({ quote, onChoose, onClose }: SourcePickerProps) {
  const { formatMessage } = useIntl();
  const [input, setInput] = React.useState('');
  const search = useSourceSearch(input);
  const text = (key: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: `${PLUGIN_ID}.sourcePicker.${key}`, defaultMessage }, values);
  const existing = search.sources.find((source) => source.url === search.normalizedUrl);
  const choices: SourceChoice[] = existing ? [existing] : search.sources;

  return (
    <Box
      role="dialog"
      aria-label={text('title', 'Link to source')}
      padding={3}
      background="neutral0"
      borderColor="neutral200"
      hasRadius
      shadow="filterShadow"
      onKeyDown={(event: React.KeyboardEvent) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="omega" fontWeight="bold">
          {text('heading', 'Link “{quote}” to its source', { quote: quote.length > 60 ? `${quote.slice(0, 60)}…` : quote })}
        </Typography>
        <TextInput
          autoFocus
          aria-label={text('search', 'Search sources or paste an address')}
          placeholder={text('placeholder', 'Title, host or address, e.g. reuters.com')}
          value={input}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setInput(event.target.value)}
        />
        {search.loading ? <Typography variant="pi">{text('searching', 'Searching…')}</Typography> : null}
        {search.urlProblem ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {search.urlProblem}
          </Typography>
        ) : null}
        {search.normalizedUrl && !existing && !search.loading ? (
          <Flex gap={2} justifyContent="space-between">
            <Typography variant="pi">{text('newSource', 'A new source: {url}', { url: search.normalizedUrl })}</Typography>
            <Button size="S" onClick={() => onChoose(search.normalizedUrl as string)}>
              {text('useNew', 'Use this address')}
            </Button>
          </Flex>
        ) : null}
        <Flex direction="column" alignItems="stretch" gap={1} role="listbox" aria-label={text('results', 'Sources found')}>
          {choices.map((source) => (
            <Button
              key={source.documentId}
              role="option"
              variant="tertiary"
              fullWidth
              justifyContent="flex-start"
              onClick={() => onChoose(source.url)}
              title={source.url}
            >
              {source.title ? `${source.title} — ${source.host}` : source.host}
            </Button>
          ))}
        </Flex>
        {input.trim() && !search.loading && choices.length === 0 && !search.normalizedUrl && !search.urlProblem ? (
          <Typography variant="pi" textColor="neutral600">
            {text('none', 'No source matches. Paste its address to add a new one.')}
          </Typography>
        ) : null}
        <Flex justifyContent="flex-end">
          <Button size="S" variant="tertiary" onClick={onClose}>
            {text('cancel', 'Cancel')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
