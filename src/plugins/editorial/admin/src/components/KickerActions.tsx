import { Button, Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { KickerState, KickerView } from '../constants';
import { plural } from '../errors';
import type { Run } from '../useRun';
import { ChooseDialog } from './ChooseDialog';
import { RenameDialog } from './RenameDialog';

interface KickerActionsProps {
  kicker: KickerView;
  kickers: KickerView[];
  run: Run;
}

/** What an editor who approves kickers may do to one: approve, retire, rename, merge into another. */
export function KickerActions({ kicker, kickers, run }: KickerActionsProps) {
  const { put, post } = useFetchClient();
  const base = `/editorial/kickers/${kicker.documentId}`;
  const targets = kickers
    .filter((other) => other.documentId !== kicker.documentId && other.state !== 'retired')
    .map((other) => ({ value: other.documentId, label: other.label }));

  const setState = (state: KickerState, done: string) =>
    run(async () => {
      await put(`${base}/state`, { state });
      return `“${kicker.label}” is ${done}.`;
    }, 'The kicker’s state was not changed.');

  const rename = (label: string) =>
    run(async () => {
      const { data } = await put<{ data: KickerView }>(`${base}/label`, { label });
      return `“${kicker.label}” is now “${data.data.label}”.`;
    }, 'The kicker was not renamed.');

  const merge = async (into: string) =>
    (await run(async () => {
      const { data } = await post<{ data: { moved: number; kicker: KickerView } }>(`${base}/merge`, { into });
      return `“${kicker.label}” merged into “${data.data.kicker.label}”: ${plural(data.data.moved, 'article')} moved.`;
    }, 'The kickers were not merged.')) === null;

  return (
    <Flex gap={1} wrap="wrap">
      {kicker.state !== 'approved' ? (
        <Button variant="success-light" size="S" onClick={() => void setState('approved', 'approved')}>
          Approve
        </Button>
      ) : null}
      {kicker.state !== 'retired' ? (
        <Button variant="danger-light" size="S" onClick={() => void setState('retired', 'retired')}>
          Retire
        </Button>
      ) : null}
      <RenameDialog current={kicker.label} onRename={rename} />
      <ChooseDialog
        trigger="Merge into…"
        title={`Merge “${kicker.label}” into another kicker`}
        label="Kicker to keep"
        choices={targets}
        consequence={(target) =>
          `${plural(kicker.articleCount, 'article')} will move from “${kicker.label}” to “${target.label}”, and “${kicker.label}” will be retired.`
        }
        confirm="Merge"
        danger
        onConfirm={merge}
      />
    </Flex>
  );
}
