import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Main, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSettingsForm } from '../../../../../admin/settings-form';
import { MESSAGES, RULE_TITLES } from '../../../server/src/domain/messages';
import type { StyleSettings } from '../../../server/src/domain/settings';
import { RULE_IDS } from '../../../server/src/domain/types';
import { PLUGIN_ID, SETTINGS_PERMISSION } from '../constants';
import { LISTS, NUMBERS, fromDraft, toDraft, type Draft, type ListName, type NumberName } from './settings-draft';

function SettingsForm() {
  const { formatMessage } = useIntl();
  const texts: Record<ListName | NumberName, { label: string; hint: string }> = {
    spellingExceptions: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.spellingExceptions`, defaultMessage: 'Spelling exceptions, one per line' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.spellingExceptions.hint`,
        defaultMessage: 'Words the UK spelling rule never reports ("size", "prize").',
      }),
    },
    extraSpellings: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.extraSpellings`, defaultMessage: 'More US → UK spellings, one "us=uk" per line' }),
      hint: formatMessage({ id: `${PLUGIN_ID}.settings.extraSpellings.hint`, defaultMessage: 'E.g. "program=programme".' }),
    },
    names: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.names`, defaultMessage: 'Proper names, one per line' }),
      hint: formatMessage({ id: `${PLUGIN_ID}.settings.names.hint`, defaultMessage: 'Names whose US spelling is their own ("World Health Organization").' }),
    },
    knownAcronyms: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.knownAcronyms`, defaultMessage: 'Acronyms readers know, one per line' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.knownAcronyms.hint`,
        defaultMessage: 'Acronyms that need no spelling out on first use ("EU", "NATO").',
      }),
    },
    wordsPerQuote: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.wordsPerQuote`, defaultMessage: 'Words per direct quote' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.wordsPerQuote.hint`,
        defaultMessage: 'The guide: three or four quotes in 1,200 words, so one per 300.',
      }),
    },
    quoteMinWords: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.quoteMinWords`, defaultMessage: 'Words that make a direct quote' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.quoteMinWords.hint`,
        defaultMessage: 'Shorter quotations are fragments, terms or scare quotes and are not counted.',
      }),
    },
    synthesisMinLinks: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.synthesisMinLinks`, defaultMessage: 'Sources that make a synthesis piece' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.synthesisMinLinks.hint`,
        defaultMessage: 'A body linking to this many sources ends with an italic sourcing line.',
      }),
    },
  };
  const { draft, setDraft, errors, loadError, save } = useSettingsForm<StyleSettings, Draft>({
    url: '/house-style/settings',
    toDraft,
    fromDraft,
    fieldOf: (path: string[]) => path.join('.'),
    messages: {
      saved: formatMessage({ id: `${PLUGIN_ID}.settings.saved`, defaultMessage: 'House style saved.' }),
      refused: formatMessage({ id: `${PLUGIN_ID}.settings.refused`, defaultMessage: 'The house style was not saved: see the marked fields.' }),
    },
  });

  if (loadError) return <Typography textColor="danger600">{loadError}</Typography>;
  if (!draft) return <Typography>{formatMessage({ id: `${PLUGIN_ID}.settings.loading`, defaultMessage: 'Loading…' })}</Typography>;

  const rulesLabel = formatMessage({ id: `${PLUGIN_ID}.settings.rules`, defaultMessage: 'Rules' });
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex direction="column" alignItems="stretch" gap={2} role="group" aria-label={rulesLabel}>
        <Typography variant="delta" tag="h2">
          {rulesLabel}
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
      {LISTS.map((name) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={texts[name].hint}>
          <Field.Label>{texts[name].label}</Field.Label>
          <Textarea value={draft[name]} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, [name]: event.target.value })} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      ))}
      {NUMBERS.map((name) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={texts[name].hint}>
          <Field.Label>{texts[name].label}</Field.Label>
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
        <Button onClick={() => save(draft)}>{formatMessage({ id: `${PLUGIN_ID}.settings.save`, defaultMessage: 'Save' })}</Button>
      </Box>
    </Flex>
  );
}

/** Settings → House style: which rules run, their word lists and thresholds; admins with the settings permission only. */
export default function SettingsPage() {
  const { formatMessage } = useIntl();
  return (
    <Page.Protect permissions={[{ action: SETTINGS_PERMISSION, subject: null }]}>
      <Main>
        <Box padding={8}>
          <Typography variant="alpha" tag="h1">
            {formatMessage({ id: `${PLUGIN_ID}.settings.title`, defaultMessage: 'House style' })}
          </Typography>
          <Box paddingTop={2}>
            <Typography variant="omega" textColor="neutral600">
              {formatMessage({
                id: `${PLUGIN_ID}.settings.subtitle`,
                defaultMessage: "Advisories from the newsroom's style guide, shown to editors as they write; they never block publishing.",
              })}
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
