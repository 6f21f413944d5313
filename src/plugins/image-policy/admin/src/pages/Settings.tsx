import * as React from 'react';
import { Box, Button, Field, Flex, Main, Textarea, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useSettingsForm } from '../../../../../admin/settings-form';
import type { PolicySettings } from '../../../server/src/domain/settings';
import { SETTINGS_PERMISSION } from '../constants';

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

const FIELDS: Array<{ name: keyof Draft; label: string; hint: string }> = [
  { name: 'placeholderCaption', label: 'Placeholder caption', hint: 'The caption of the pixel-art placeholder shown when an article has no picture.' },
  {
    name: 'disclosureLine',
    label: 'Disclosure line',
    hint: 'Added to a caption by the "add a disclosure line" fix; {tool} becomes the AI tool the credit names.',
  },
  { name: 'aiTools', label: 'AI tools, one per line', hint: 'A credit naming one of these marks the image as AI-generated.' },
  { name: 'disclosureTerms', label: 'Disclosure words, one per line', hint: 'Words in a caption or credit that tell the reader an image is machine-made.' },
];

const OPTIONS = {
  url: '/image-policy/settings',
  toDraft,
  fromDraft,
  fieldOf: (path: string[]) => path[0],
  messages: { saved: 'Image policy saved.', refused: 'The image policy was not saved: see the marked fields.' },
};

function SettingsForm() {
  const { draft, setDraft, errors, loadError, save } = useSettingsForm<PolicySettings, Draft>(OPTIONS);

  if (loadError) return <Typography textColor="danger600">{loadError}</Typography>;
  if (!draft) return <Typography>Loading…</Typography>;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {FIELDS.map(({ name, label, hint }) => (
        <Field.Root key={name} name={name} error={errors[name]} hint={hint}>
          <Field.Label>{label}</Field.Label>
          <Textarea value={draft[name]} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft({ ...draft, [name]: event.target.value })} />
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

/** Settings → Image policy: the texts and word lists the policy uses; admins only (the plugin's settings permission). */
export default function SettingsPage() {
  return (
    <Page.Protect permissions={[{ action: SETTINGS_PERMISSION, subject: null }]}>
      <Main>
        <Box padding={8}>
          <Typography variant="alpha" tag="h1">
            Image policy
          </Typography>
          <Box paddingTop={6}>
            <SettingsForm />
          </Box>
        </Box>
      </Main>
    </Page.Protect>
  );
}
