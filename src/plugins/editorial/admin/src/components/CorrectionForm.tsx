import * as React from 'react';
import { Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { CORRECTION_KINDS, type CorrectionKind } from '../../../server/src/domain/corrections';
import { errorText } from '../errors';

interface FormProps {
  /** The route segment of the story's type: `articles` or `fact-checks`. */
  story: 'articles' | 'fact-checks';
  documentId: string;
  /** Reloads the edit view: the story was published with the new entry, so the form must show what is stored now. */
  onAdded: () => void;
}

const LABELS: Record<CorrectionKind, string> = { correction: 'Correction', clarification: 'Clarification', update: 'Update' };

/**
 * Kind, text and Add: the entry is appended and the story published with it in one request, through every publish
 * gate; a refusal shows the server's findings here and nothing is kept.
 */
export function CorrectionForm({ story, documentId, onAdded }: FormProps) {
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
      toggleNotification({ type: 'success', message: `${LABELS[kind]} published.` });
      onAdded();
    } catch (reason) {
      setError(errorText(reason, 'The correction could not be published.'));
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="correction-kind">
        <Field.Label>Kind</Field.Label>
        <SingleSelect value={kind} onChange={(next: string | number) => setKind(String(next) as CorrectionKind)}>
          {CORRECTION_KINDS.map((value) => (
            <SingleSelectOption key={value} value={value}>
              {LABELS[value]}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="correction-text" hint="What readers are told. Published at once, and never changed afterwards.">
        <Field.Label>Text</Field.Label>
        <Textarea value={text} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Button onClick={add} loading={sending} disabled={text.trim() === ''}>
        Add
      </Button>
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
    </Flex>
  );
}
