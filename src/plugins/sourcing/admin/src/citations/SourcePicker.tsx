import * as React from 'react';
import { Box, Button, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { sourceName, type SourceLabel } from '../../../server/src/domain/citation-rows';
import { useSourceSearch } from '../sources/useSourceSearch';
import { PLUGIN_ID } from '../constants';

const SOURCE_UID = 'api::source.source';

interface SourcePickerProps {
  number: number;
  onPick(source: SourceLabel): void;
}

/** Finds an existing Source by words of its title or host, or takes a pasted address (an existing Source reused). */
export function SourcePicker({ number, onPick }: SourcePickerProps) {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const search = useSourceSearch(text, 5);
  const pick = (source: SourceLabel) => {
    setText('');
    onPick(source);
  };
  const known = search.normalizedUrl ? search.sources.some((source) => source.url === search.normalizedUrl) : true;

  const addNew = async (url: string) => {
    try {
      const { data } = await post<{ data: { documentId: string; url: string; title: string | null } }>(`/content-manager/collection-types/${SOURCE_UID}`, {
        url,
      });
      pick({ documentId: data.data.documentId, title: data.data.title ?? null, url: data.data.url });
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <TextInput
        name={`citation-source-${number}`}
        aria-label={formatMessage({ id: `${PLUGIN_ID}.citations.find`, defaultMessage: 'Find a source for [{number}]' }, { number })}
        placeholder={formatMessage({ id: `${PLUGIN_ID}.citations.placeholder`, defaultMessage: 'Title, host, or paste an address' })}
        value={text}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
      />
      {search.urlProblem ? (
        <Typography variant="pi" textColor="danger600">
          {search.urlProblem}
        </Typography>
      ) : null}
      {error ? (
        <Typography variant="pi" textColor="danger600">
          {error}
        </Typography>
      ) : null}
      {text && !search.loading && search.sources.length === 0 && !search.normalizedUrl && !search.urlProblem ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage({ id: `${PLUGIN_ID}.citations.noMatch`, defaultMessage: 'No source matches; paste its address to add it.' })}
        </Typography>
      ) : null}
      <Box role="list" aria-label={formatMessage({ id: `${PLUGIN_ID}.citations.matches`, defaultMessage: 'Sources for [{number}]' }, { number })}>
        {search.sources.map((source) => (
          <Box key={source.documentId} role="listitem" paddingTop={1}>
            <Button
              variant="tertiary"
              size="S"
              fullWidth
              onClick={() => pick(source)}
              style={{ height: 'auto', whiteSpace: 'normal', overflowWrap: 'anywhere' }}
            >
              {sourceName(source)}
            </Button>
          </Box>
        ))}
        {search.normalizedUrl && !known ? (
          <Box role="listitem" paddingTop={1}>
            <Button variant="secondary" size="S" fullWidth onClick={() => addNew(search.normalizedUrl as string)}>
              {formatMessage(
                { id: `${PLUGIN_ID}.citations.addNew`, defaultMessage: 'Add {host} as a new source' },
                { host: sourceName({ title: null, url: search.normalizedUrl }) },
              )}
            </Button>
          </Box>
        ) : null}
      </Box>
    </Flex>
  );
}
