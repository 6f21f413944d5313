import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Main, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useSettingsForm } from '../../../../../admin/settings-form';
import { MESSAGES, RULE_TITLES } from '../../../server/src/domain/messages';
import type { StyleSettings } from '../../../server/src/domain/settings';
import { RULE_IDS } from '../../../server/src/domain/types';
import { SETTINGS_PERMISSION } from '../constants';
import { LISTS, NUMBERS, fromDraft, toDraft, type Draft } from './settings-draft';

const OPTIONS = {
  url: '/house-style/settings',
  toDraft,
  fromDraft,
  fieldOf: (path: string[]) => path.join('.'),
  messages: { saved: 'House style saved.', refused: 'The house style was not saved: see the marked fields.' },
};

function SettingsForm() {
  const { draft, setDraft, errors, loadError, save } = useSettingsForm<StyleSettings, Draft>(OPTIONS);

  if (loadError) return <Typography textColor="danger600">{loadError}</Typography>;
  if (!draft) return <Typography>Loading…</Typography>;

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
        <Button onClick={() => save(draft)}>Save</Button>
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
