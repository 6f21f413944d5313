import * as React from 'react';
import { Button, Field, Modal, TextInput } from '@strapi/design-system';

interface RenameDialogProps {
  current: string;
  /** Resolves to null when renamed (the dialog closes), or to the reason it was refused (shown on the input). */
  onRename: (label: string) => Promise<string | null>;
}

/** A new label for a kicker; its slug, and the kicker label of every article, follow on the server. */
export function RenameDialog({ current, onRename }: RenameDialogProps) {
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
          Rename
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <form onSubmit={submit}>
          <Modal.Header>
            <Modal.Title>Rename “{current}”</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Field.Root name="label" error={error ?? undefined} hint="Every article under this kicker shows the new label.">
              <Field.Label>New label</Field.Label>
              <TextInput value={label} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLabel(event.target.value)} />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">Cancel</Button>
            </Modal.Close>
            <Button type="submit" loading={busy} disabled={label.trim() === '' || label === current}>
              Save label
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
