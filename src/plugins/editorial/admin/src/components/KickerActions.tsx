import { Button, Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, type KickerState, type KickerView } from '../constants';
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
  const { formatMessage } = useIntl();
  const { put, post } = useFetchClient();
  const articles = (count: number) =>
    formatMessage({ id: `${PLUGIN_ID}.kickers.articles`, defaultMessage: '{count, plural, one {# article} other {# articles}}' }, { count });
  const label = kicker.label;
  const base = `/editorial/kickers/${kicker.documentId}`;
  const targets = kickers
    .filter((other) => other.documentId !== kicker.documentId && other.state !== 'retired')
    .map((other) => ({ value: other.documentId, label: other.label }));

  const setState = (state: KickerState, done: string) =>
    run(
      async () => {
        await put(`${base}/state`, { state });
        return done;
      },
      formatMessage({ id: `${PLUGIN_ID}.kickers.state.failed`, defaultMessage: 'The kicker’s state was not changed.' }),
    );

  const rename = (label: string) =>
    run(
      async () => {
        const { data } = await put<{ data: KickerView }>(`${base}/label`, { label });
        return formatMessage({ id: `${PLUGIN_ID}.kickers.rename.done`, defaultMessage: '“{label}” is now “{renamed}”.' }, { label, renamed: data.data.label });
      },
      formatMessage({ id: `${PLUGIN_ID}.kickers.rename.failed`, defaultMessage: 'The kicker was not renamed.' }),
    );

  const merge = async (into: string) =>
    (await run(
      async () => {
        const { data } = await post<{ data: { moved: number; kicker: KickerView } }>(`${base}/merge`, { into });
        return formatMessage(
          { id: `${PLUGIN_ID}.kickers.merge.done`, defaultMessage: '“{label}” merged into “{into}”: {articles} moved.' },
          { label, into: data.data.kicker.label, articles: articles(data.data.moved) },
        );
      },
      formatMessage({ id: `${PLUGIN_ID}.kickers.merge.failed`, defaultMessage: 'The kickers were not merged.' }),
    )) === null;

  return (
    <Flex gap={1} wrap="wrap">
      {kicker.state !== 'approved' ? (
        <Button
          variant="success-light"
          size="S"
          onClick={() =>
            void setState('approved', formatMessage({ id: `${PLUGIN_ID}.kickers.approve.done`, defaultMessage: '“{label}” is approved.' }, { label }))
          }
        >
          {formatMessage({ id: `${PLUGIN_ID}.kickers.approve`, defaultMessage: 'Approve' })}
        </Button>
      ) : null}
      {kicker.state !== 'retired' ? (
        <Button
          variant="danger-light"
          size="S"
          onClick={() =>
            void setState('retired', formatMessage({ id: `${PLUGIN_ID}.kickers.retire.done`, defaultMessage: '“{label}” is retired.' }, { label }))
          }
        >
          {formatMessage({ id: `${PLUGIN_ID}.kickers.retire`, defaultMessage: 'Retire' })}
        </Button>
      ) : null}
      <RenameDialog current={kicker.label} onRename={rename} />
      <ChooseDialog
        trigger={formatMessage({ id: `${PLUGIN_ID}.kickers.merge.trigger`, defaultMessage: 'Merge into…' })}
        title={formatMessage({ id: `${PLUGIN_ID}.kickers.merge.title`, defaultMessage: 'Merge “{label}” into another kicker' }, { label })}
        label={formatMessage({ id: `${PLUGIN_ID}.kickers.merge.label`, defaultMessage: 'Kicker to keep' })}
        choices={targets}
        consequence={(target) =>
          formatMessage(
            {
              id: `${PLUGIN_ID}.kickers.merge.consequence`,
              defaultMessage: '{articles} will move from “{label}” to “{target}”, and “{label}” will be retired.',
            },
            { articles: articles(kicker.articleCount), label, target: target.label },
          )
        }
        confirm={formatMessage({ id: `${PLUGIN_ID}.kickers.merge.confirm`, defaultMessage: 'Merge' })}
        danger
        onConfirm={merge}
      />
    </Flex>
  );
}
