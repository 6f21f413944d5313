import * as React from 'react';
import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../constants';

export interface Choice {
  value: string;
  label: string;
}

interface ChooseDialogProps {
  /** The button that opens the dialog, e.g. "Merge into…". */
  trigger: string;
  title: string;
  /** The select's label. */
  label: string;
  choices: Choice[];
  /** What confirming will do to the chosen target, shown before the editor confirms. */
  consequence: (choice: Choice) => string;
  confirm: string;
  danger?: boolean;
  disabled?: boolean;
  /** Resolves true when the change went through, which closes the dialog. */
  onConfirm: (value: string) => Promise<boolean>;
}

/** Pick another row (a kicker or a category), read what will happen, then confirm. */
export function ChooseDialog({ trigger, title, label, choices, consequence, confirm, danger, disabled, onConfirm }: ChooseDialogProps) {
  const { formatMessage } = useIntl();
  const [open, setOpen] = React.useState(false);
  const [value, setValue] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const chosen = choices.find((choice) => choice.value === value) ?? null;

  const toggle = (next: boolean) => {
    setOpen(next);
    if (!next) setValue(null);
  };

  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    const done = await onConfirm(chosen.value);
    setBusy(false);
    if (done) toggle(false);
  };

  return (
    <Modal.Root open={open} onOpenChange={toggle}>
      <Modal.Trigger>
        <Button variant="tertiary" size="S" disabled={disabled || choices.length === 0}>
          {trigger}
        </Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Field.Root name="into">
              <Field.Label>{label}</Field.Label>
              <SingleSelect
                value={value}
                onChange={(next: string | number) => setValue(String(next))}
                placeholder={formatMessage({ id: `${PLUGIN_ID}.choose.placeholder`, defaultMessage: 'Choose…' })}
              >
                {choices.map((choice) => (
                  <SingleSelectOption key={choice.value} value={choice.value}>
                    {choice.label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
            {chosen ? <Typography textColor={danger ? 'danger600' : 'neutral800'}>{consequence(chosen)}</Typography> : null}
          </Flex>
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage({ id: `${PLUGIN_ID}.dialog.cancel`, defaultMessage: 'Cancel' })}</Button>
          </Modal.Close>
          <Button variant={danger ? 'danger' : 'default'} onClick={submit} disabled={!chosen} loading={busy}>
            {confirm}
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
