import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useField, useFetchClient } from '@strapi/strapi/admin';
import { useIntl, type IntlShape } from 'react-intl';
import type { KickerView } from '../../../server/src/services/kickers';
import { PLUGIN_ID } from '../constants';

interface KickerInputProps {
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
}

interface Suggestions {
  suggestions: KickerView[];
  match: KickerView | null;
}

interface Limits {
  kickerSoftLimit: number;
  kickerHardLimit: number;
}

/** What the editor is told about the label they typed: which kicker it is, or that it will be proposed. */
function matchNote({ formatMessage }: IntlShape, typed: string, match: KickerView | null): string | null {
  if (!typed.trim()) return null;
  if (!match) return formatMessage({ id: `${PLUGIN_ID}.kickerInput.new`, defaultMessage: 'A new kicker: saving the article proposes it for approval.' });
  const label = match.label;
  const notes: Record<KickerView['state'], string> = {
    approved: formatMessage({ id: `${PLUGIN_ID}.kickerInput.approved`, defaultMessage: '"{label}" is an approved kicker.' }, { label }),
    proposed: formatMessage(
      {
        id: `${PLUGIN_ID}.kickerInput.proposed`,
        defaultMessage: '"{label}" is a proposed kicker, waiting for an editor to approve it: the article cannot be published under it yet.',
      },
      { label },
    ),
    retired: formatMessage(
      { id: `${PLUGIN_ID}.kickerInput.retired`, defaultMessage: '"{label}" is a retired kicker: the article cannot be published under it.' },
      { label },
    ),
  };
  return notes[match.state];
}

/**
 * The kicker input: free text with suggestions from the approved kickers, a warning past the soft length limit, and a
 * note saying whether the label is an existing kicker or will be proposed on save.
 */
export default function KickerInput({ name, label, hint, required, disabled }: KickerInputProps) {
  const intl = useIntl();
  const { formatMessage } = intl;
  const field = useField<string | null>(name);
  const { get } = useFetchClient();
  const typed = field.value ?? '';
  const [limits, setLimits] = React.useState<Limits | null>(null);
  const [found, setFound] = React.useState<Suggestions>({ suggestions: [], match: null });

  React.useEffect(() => {
    get<{ data: Limits }>('/editorial/config').then(
      ({ data }) => setLimits(data.data),
      () => setLimits(null),
    );
  }, [get]);

  React.useEffect(() => {
    // Ask once the editor pauses, not on every keystroke.
    const timer = setTimeout(() => {
      get<{ data: Suggestions }>(`/editorial/kickers/suggestions?q=${encodeURIComponent(typed)}`).then(
        ({ data }) => setFound(data.data),
        () => setFound({ suggestions: [], match: null }),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [get, typed]);

  const tooLong = limits !== null && typed.length > limits.kickerSoftLimit;
  const offered = found.suggestions.filter((suggestion) => suggestion.slug !== found.match?.slug).slice(0, 5);
  const note = matchNote(intl, typed, found.match);

  return (
    <Field.Root name={name} hint={hint} error={field.error} required={required}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        value={typed}
        disabled={disabled}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => field.onChange(name, event.target.value || null)}
      />
      <Field.Hint />
      <Field.Error />
      <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
        {note ? (
          <Typography variant="pi" textColor={found.match?.state === 'approved' ? 'success600' : 'neutral600'}>
            {note}
          </Typography>
        ) : null}
        {tooLong && limits ? (
          <Typography variant="pi" textColor="warning600">
            {formatMessage(
              { id: `${PLUGIN_ID}.kickerInput.tooLong`, defaultMessage: '{length} characters: past {soft} a kicker crowds the headline (at most {hard}).' },
              { length: typed.length, soft: limits.kickerSoftLimit, hard: limits.kickerHardLimit },
            )}
          </Typography>
        ) : null}
        {offered.length > 0 && !disabled ? (
          <Box>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({ id: `${PLUGIN_ID}.kickerInput.suggestions`, defaultMessage: 'Approved kickers:' })}{' '}
            </Typography>
            <Flex gap={1} wrap="wrap" paddingTop={1}>
              {offered.map((suggestion) => (
                <Button key={suggestion.documentId} size="S" variant="tertiary" onClick={() => field.onChange(name, suggestion.label)}>
                  {suggestion.label}
                </Button>
              ))}
            </Flex>
          </Box>
        ) : null}
      </Flex>
    </Field.Root>
  );
}
