import * as React from 'react';
import { Box, Button, Field, Flex, Main, Textarea, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useSettingsForm } from '../../../../../admin/settings-form';
import type { PolicySettings } from '../../../server/src/domain/settings';
import { PLUGIN_ID, SETTINGS_PERMISSION } from '../constants';

interface Draft {
  placeholderCaption: string;
  disclosureLine: string;
  aiTools: string;
  disclosureTerms: string;
}

const LISTS: Array<keyof Draft> = ['aiTools', 'disclosureTerms'];

const toDraft = (settings: PolicySettings): Draft => ({
  placeholderCaption: settings.placeholderCaption,
  disclosureLine: settings.disclosureLine,
  aiTools: settings.aiTools.join('\n'),
  disclosureTerms: settings.disclosureTerms.join('\n'),
});

const fromDraft = (draft: Draft): Record<string, unknown> =>
  Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, LISTS.includes(key as keyof Draft) ? value.split('\n') : value]));

const FIELDS: Array<keyof Draft> = ['placeholderCaption', 'disclosureLine', 'aiTools', 'disclosureTerms'];

function SettingsForm() {
  const { formatMessage } = useIntl();
  const texts: Record<keyof Draft, { label: string; hint: string }> = {
    placeholderCaption: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.placeholderCaption`, defaultMessage: 'Placeholder caption' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.placeholderCaption.hint`,
        defaultMessage: 'The caption of the pixel-art placeholder shown when an article has no picture.',
      }),
    },
    disclosureLine: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.disclosureLine`, defaultMessage: 'Disclosure line' }),
      // {tool} is written into the setting as it stands, for the fix to fill in.
      hint: formatMessage(
        {
          id: `${PLUGIN_ID}.settings.disclosureLine.hint`,
          defaultMessage: 'Added to a caption by the "add a disclosure line" fix; {tool} becomes the AI tool the credit names.',
        },
        { tool: '{tool}' },
      ),
    },
    aiTools: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.aiTools`, defaultMessage: 'AI tools, one per line' }),
      hint: formatMessage({ id: `${PLUGIN_ID}.settings.aiTools.hint`, defaultMessage: 'A credit naming one of these marks the image as AI-generated.' }),
    },
    disclosureTerms: {
      label: formatMessage({ id: `${PLUGIN_ID}.settings.disclosureTerms`, defaultMessage: 'Disclosure words, one per line' }),
      hint: formatMessage({
        id: `${PLUGIN_ID}.settings.disclosureTerms.hint`,
        defaultMessage: 'Words in a caption or credit that tell the reader an image is machine-made.',
      }),
    },
  };
  const { draft, setDraft, errors, loadError, save } = useSettingsForm<PolicySettings, Draft>({
    url: '/image-policy/settings',
    toDraft,
    fromDraft,
    fieldOf: (path: string[]) => path[0],
    messages: {
      saved: formatMessage({ id: `${PLUGIN_ID}.settings.saved`, defaultMessage: 'Image policy saved.' }),
      refused: formatMessage({ id: `${PLUGIN_ID}.settings.refused`, defaultMessage: 'The image policy was not saved: see the marked fields.' }),
    },
  });

  if (loadError) return <Typography textColor="danger600">{loadError}</Typography>;
  if (!draft) return <Typography>{formatMessage({ id: `${PLUGIN_ID}.settings.loading`, defaultMessage: 'Loading…' })}</Typography>;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {FIELDS.map((name) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={texts[name].hint}>
          <Field.Label>{texts[name].label}</Field.Label>
          <Textarea value={draft[name]} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, [name]: event.target.value })} />
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

/** Settings → Image policy: the texts and word lists the policy uses; admins only (the plugin's settings permission). */
export default function SettingsPage() {
  const { formatMessage } = useIntl();
  return (
    <Page.Protect permissions={[{ action: SETTINGS_PERMISSION, subject: null }]}>
      <Main>
        <Box padding={8}>
          <Typography variant="alpha" tag="h1">
            {formatMessage({ id: `${PLUGIN_ID}.settings.title`, defaultMessage: 'Image policy' })}
          </Typography>
          <Box paddingTop={6}>
            <SettingsForm />
          </Box>
        </Box>
      </Main>
    </Page.Protect>
  );
}
