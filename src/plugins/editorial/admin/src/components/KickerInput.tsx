import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useField, useFetchClient } from '@strapi/strapi/admin';
import type { KickerView } from '../../../server/src/services/kickers';

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

const STATE_NOTES: Record<KickerView['state'], string> = {
  approved: 'an approved kicker',
  proposed: 'a proposed kicker, waiting for an editor to approve it: the article cannot be published under it yet',
  retired: 'a retired kicker: the article cannot be published under it',
};

/** What the editor is told about the label they typed: which kicker it is, or that it will be proposed. */
function matchNote(typed: string, match: KickerView | null): string | null {
  if (!typed.trim()) return null;
  if (!match) return 'A new kicker: saving the article proposes it for approval.';
  return `"${match.label}" is ${STATE_NOTES[match.state]}.`;
}

/**
 * The kicker input: free text with suggestions from the approved kickers, a warning past the soft length limit, and a
 * note saying whether the label is an existing kicker or will be proposed on save.
 */
export default function KickerInput({ name, label, hint, required, disabled }: KickerInputProps) {
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
  const note = matchNote(typed, found.match);

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
            {typed.length} characters: past {limits.kickerSoftLimit} a kicker crowds the headline (at most {limits.kickerHardLimit}).
          </Typography>
        ) : null}
        {offered.length > 0 && !disabled ? (
          <Box>
            <Typography variant="pi" textColor="neutral600">
              Approved kickers:{' '}
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
