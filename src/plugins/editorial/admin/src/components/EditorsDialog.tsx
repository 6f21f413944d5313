import * as React from 'react';
import { Button, Field, Modal, MultiSelect, MultiSelectOption, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, type CategoryView } from '../constants';
import { errorText } from '../errors';

interface Candidate {
  id: number;
  name: string;
  email: string | null;
}

interface EditorsDialogProps {
  category: CategoryView;
  /** Resolves true when the editors were saved, which closes the dialog. */
  onSave: (userIds: number[]) => Promise<boolean>;
}

/** Chooses the admin users who edit a section. */
export function EditorsDialog({ category, onSave }: EditorsDialogProps) {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [open, setOpen] = React.useState(false);
  const [candidates, setCandidates] = React.useState<Candidate[] | null>(null);
  const [chosen, setChosen] = React.useState<string[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    let current = true;
    get<{ data: Candidate[] }>('/editorial/section-editors')
      .then(({ data }) => current && setCandidates(data.data))
      .catch(
        (reason: unknown) =>
          current &&
          setError(errorText(reason, formatMessage({ id: `${PLUGIN_ID}.editors.loadFailed`, defaultMessage: 'The admin users could not be loaded.' }))),
      );
    return () => {
      current = false;
    };
  }, [get, open, formatMessage]);

  const toggle = (next: boolean) => {
    setOpen(next);
    setChosen(category.editors.map((editor) => String(editor.id)));
    setError(null);
  };

  const save = async () => {
    setBusy(true);
    const done = await onSave(chosen.map(Number));
    setBusy(false);
    if (done) toggle(false);
  };

  // An editor who has since been deactivated is not a candidate, but stays listed so saving does not drop them unseen.
  const options: Candidate[] = [
    ...(candidates ?? []),
    ...category.editors.filter((editor) => !candidates?.some((candidate) => candidate.id === editor.id)).map((editor) => ({ ...editor, email: null })),
  ];

  return (
    <Modal.Root open={open} onOpenChange={toggle}>
      <Modal.Trigger>
        <Button variant="tertiary" size="S">
          {formatMessage({ id: `${PLUGIN_ID}.editors.trigger`, defaultMessage: 'Section editors' })}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>
            {formatMessage({ id: `${PLUGIN_ID}.editors.title`, defaultMessage: 'Section editors of “{name}”' }, { name: category.name })}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {error ? <Typography textColor="danger600">{error}</Typography> : null}
          {candidates ? (
            <Field.Root
              name="editors"
              hint={formatMessage({
                id: `${PLUGIN_ID}.editors.hint`,
                defaultMessage: 'Editors without the every-section permission move and publish only the articles of their own sections.',
              })}
            >
              <Field.Label>{formatMessage({ id: `${PLUGIN_ID}.editors.label`, defaultMessage: 'Editors' })}</Field.Label>
              <MultiSelect
                value={chosen}
                onChange={(value: string[]) => setChosen(value)}
                placeholder={formatMessage({ id: `${PLUGIN_ID}.editors.none`, defaultMessage: 'No section editor' })}
                withTags
              >
                {options.map((user) => (
                  <MultiSelectOption key={user.id} value={String(user.id)}>
                    {user.email ? `${user.name} (${user.email})` : user.name}
                  </MultiSelectOption>
                ))}
              </MultiSelect>
              <Field.Hint />
            </Field.Root>
          ) : null}
          {!candidates && !error ? (
            <Typography textColor="neutral600">{formatMessage({ id: `${PLUGIN_ID}.editors.loading`, defaultMessage: 'Loading the admin users…' })}</Typography>
          ) : null}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage({ id: `${PLUGIN_ID}.dialog.cancel`, defaultMessage: 'Cancel' })}</Button>
          </Modal.Close>
          <Button onClick={save} loading={busy} disabled={!candidates}>
            {formatMessage({ id: `${PLUGIN_ID}.editors.save`, defaultMessage: 'Save editors' })}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
