import * as React from 'react';
import { Button, Field, Modal, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../constants';

interface RenameDialogProps {
  current: string;
  /** Resolves to null when renamed (the dialog closes), or to the reason it was refused (shown on the input). */
  onRename: (label: string) => Promise<string | null>;
}

/** A new label for a kicker; its slug, and the kicker label of every article, follow on the server. */
export function RenameDialog({ current, onRename }: RenameDialogProps) {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [label, setLabel] = React.useState(current);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  const toggle = (next: boolean) => {
    setOpen(next);
    setLabel(current);
    setError(null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const refusal = await onRename(label);
    setBusy(false);
    if (refusal === null) toggle(false);
    else setError(refusal);
  };

  return (
    <Modal.Root open={open} onOpenChange={toggle}>
      <Modal.Trigger>
        <Button variant="tertiary" size="S">
          {formatMessage({ id: `${PLUGIN_ID}.kickers.rename`, defaultMessage: 'Rename' })}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>{formatMessage({ id: `${PLUGIN_ID}.kickers.rename.title`, defaultMessage: 'Rename “{label}”' }, { label: current })}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Field.Root
              name="label"
              error={error ?? undefined}
              hint={formatMessage({ id: `${PLUGIN_ID}.kickers.rename.hint`, defaultMessage: 'Every article under this kicker shows the new label.' })}
            >
              <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.kickers.rename.label`, defaultMessage: 'New label' })}</Field.Label>
              <TextInput value={label} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLabel(event.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{formatMessage({ id: `${PLUGIN_ID}.dialog.cancel`, defaultMessage: 'Cancel' })}</Button>
            </Modal.Close>
            <Button type="submit" loading={busy} disabled={label.trim() === '' || label === current}>
              {formatMessage({ id: `${PLUGIN_ID}.kickers.rename.save`, defaultMessage: 'Save label' })}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
