import * as React from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { CORRECTION_KINDS, type CorrectionKind } from '../../../server/src/domain/corrections';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../constants';
import { errorText } from '../errors';

interface FormProps {
  /** The route segment of the story's type: `articles` or `fact-checks`. */
  story: 'articles' | 'fact-checks';
  documentId: string;
  /** Reloads the edit view: the story was published with the new entry, so the form must show what is stored now. */
  onAdded: () => void;
}

/**
 * Kind, text and Add: the entry is appended and the story published with it in one request, through every publish
 * gate; a refusal shows the server's findings here and nothing is kept.
 */
export function CorrectionForm({ story, documentId, onAdded }: FormProps) {
  const { formatMessage } = useIntl();
  const LABELS: Record<CorrectionKind, string> = {
    correction: formatMessage({ id: `${PLUGIN_ID}.corrections.kind.correction`, defaultMessage: 'Correction' }),
    clarification: formatMessage({ id: `${PLUGIN_ID}.corrections.kind.clarification`, defaultMessage: 'Clarification' }),
    update: formatMessage({ id: `${PLUGIN_ID}.corrections.kind.update`, defaultMessage: 'Update' }),
  };
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [kind, setKind] = React.useState<CorrectionKind>('correction');
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | null>(null);
  const [sending, setSending] = React.useState(false);

  const add = async () => {
    setSending(true);
    try {
      await post(`/editorial/${story}/${documentId}/corrections`, { kind, text });
      setText('');
      setError(null);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: `${PLUGIN_ID}.corrections.published`, defaultMessage: '{kind} published.' }, { kind: LABELS[kind] }),
      });
      onAdded();
    } catch (reason) {
      setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.corrections.failed`, defaultMessage: 'The correction could not be published.' })));
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="correction-kind">
        <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.corrections.kind`, defaultMessage: 'Kind' })}</Field.Label>
        <SingleSelect value={kind} onChange={(next: string | number) => setKind(String(next) as CorrectionKind)}>
          {CORRECTION_KINDS.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {LABELS[value]}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root
        name="correction-text"
        hint={formatMessage({
          id: `${PLUGIN_ID}.corrections.text.hint`,
          defaultMessage: 'What readers are told. Published at once, and never changed afterwards.',
        })}
      >
        <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.corrections.text`, defaultMessage: 'Text' })}</Field.Label>
        <Textarea value={text} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Button onClick={add} loading={sending} disabled={text.trim() === ''}>
        {formatMessage({ id: `${PLUGIN_ID}.corrections.add`, defaultMessage: 'Add' })}
      </Button>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
    </Flex>
  );
}
