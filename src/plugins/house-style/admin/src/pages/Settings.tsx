import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Main, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { MESSAGES, RULE_TITLES } from '../../../server/src/domain/messages';
import type { StyleSettings } from '../../../server/src/domain/settings';
import { RULE_IDS } from '../../../server/src/domain/types';
import { SETTINGS_PERMISSION } from '../constants';
import { LISTS, NUMBERS, fromDraft, toDraft, type Draft } from './settings-draft';

type FieldErrors = Record<string, string>;

function SettingsForm() {
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [draft, setDraft] = React.useState<Draft | null>(null);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [loadError, setLoadError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: StyleSettings }>('/house-style/settings')
      .then(({ data }) => setDraft(toDraft(data.data)))
      .catch((reason: unknown) => setLoadError(reason instanceof Error ? reason.message : 'The settings could not be loaded.'));
  }, [get]);

  if (loadError) return <Typography textColor="danger600">{loadError}</Typography>;
  if (!draft) return <Typography>Loading…</Typography>;

  const save = async () => {
    try {
      const { data } = await put<{ data: StyleSettings }>('/house-style/settings', fromDraft(draft));
      setDraft(toDraft(data.data));
      setErrors({});
      toggleNotification({ type: 'success', message: 'House style saved.' });
    } catch (reason) {
      const details =
        (reason as { response?: { data?: { error?: { details?: { errors?: Array<{ path: string[]; message: string }> } } } } }).response?.data?.error?.details
          ?.errors ?? [];
      setErrors(Object.fromEntries(details.map((error) => [error.path.join('.'), error.message])));
      toggleNotification({ type: 'danger', message: 'The house style was not saved: see the marked fields.' });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex direction="column" alignItems="stretch" gap={2} role="group" aria-label="Rules">
        <Typography variant="delta" tag="h2">
          Rules
        </Typography>
        {RULE_IDS.map((rule) => (
          <Field.Root key={rule} name={`rules.${rule}`} error={errors[`rules.${rule}`]} hint={MESSAGES[rule]}>
            <Checkbox checked={draft.rules[rule]} onCheckedChange={(checked) => setDraft({ ...draft, rules: { ...draft.rules, [rule]: checked === true } })}>
              {RULE_TITLES[rule]}
            </Checkbox>
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        ))}
      </Flex>
      {LISTS.map(({ name, label, hint }) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={hint}>
          <Field.Label>{label}</Field.Label>
          <Textarea value={draft[name]} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, [name]: event.target.value })} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      ))}
      {NUMBERS.map(({ name, label, hint }) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={hint}>
          <Field.Label>{label}</Field.Label>
          <TextInput
            inputMode="numeric"
            value={draft[name]}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [name]: event.target.value })}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      ))}
      <Box>
        <Button onClick={save}>Save</Button>
      </Box>
    </Flex>
  );
}

/** Settings → House style: which rules run, their word lists and thresholds; admins with the settings permission only. */
export default function SettingsPage() {
  return (
    <Page.Protect permissions={[{ action: SETTINGS_PERMISSION, subject: null }]}>
      <Main>
        <Box padding={8}>
          <Typography variant="alpha" tag="h1">
            House style
          </Typography>
          <Box paddingTop={2}>
            <Typography variant="omega" textColor="neutral600">
              Advisories from the newsroom&apos;s style guide, shown to editors as they write; they never block publishing.
            </Typography>
          </Box>
          <Box paddingTop={6}>
            <SettingsForm />
          </Box>
        </Box>
      </Main>
    </Page.Protect>
  );
}
