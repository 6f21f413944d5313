import { Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID, type CategoryView } from '../constants';
import type { Run } from '../useRun';
import { ChooseDialog } from './ChooseDialog';
import { EditorsDialog } from './EditorsDialog';

interface CategoryActionsProps {
  category: CategoryView;
  categories: CategoryView[];
  run: Run;
}

/** What an editor who manages categories may do to one: merge it away, empty it, choose its section editors. */
export function CategoryActions({ category, categories, run }: CategoryActionsProps) {
  const { formatMessage } = useIntl();
  const { put, post } = useFetchClient();
  const base = `/editorial/categories/${category.documentId}`;
  const name = category.name;
  const articles = (count: number) =>
    formatMessage({ id: `${PLUGIN_ID}.categories.articles`, defaultMessage: '{count, plural, one {# article} other {# articles}}' }, { count });
  const targets = categories.filter((other) => other.documentId !== category.documentId).map((other) => ({ value: other.documentId, label: other.name }));

  const move = (action: 'merge' | 'reassign', done: (moved: number, target: string) => string) => async (into: string) => {
    const target =
      targets.find((choice) => choice.value === into)?.label ??
      formatMessage({ id: `${PLUGIN_ID}.categories.otherCategory`, defaultMessage: 'the other category' });
    return (
      (await run(
        async () => {
          const { data } = await post<{ data: { moved: number } }>(`${base}/${action}`, { into });
          return done(data.data.moved, target);
        },
        action === 'merge'
          ? formatMessage({ id: `${PLUGIN_ID}.categories.merge.failed`, defaultMessage: 'The categories were not merged.' })
          : formatMessage({ id: `${PLUGIN_ID}.categories.reassign.failed`, defaultMessage: 'The articles were not reassigned.' }),
      )) === null
    );
  };

  const saveEditors = async (userIds: number[]) =>
    (await run(
      async () => {
        await put(`${base}/editors`, { userIds });
        return formatMessage({ id: `${PLUGIN_ID}.categories.editors.saved`, defaultMessage: 'Section editors of “{name}” saved.' }, { name });
      },
      formatMessage({ id: `${PLUGIN_ID}.categories.editors.failed`, defaultMessage: 'The section editors were not saved.' }),
    )) === null;

  return (
    <Flex gap={1} wrap="wrap">
      <ChooseDialog
        trigger={formatMessage({ id: `${PLUGIN_ID}.categories.merge.trigger`, defaultMessage: 'Merge into…' })}
        title={formatMessage({ id: `${PLUGIN_ID}.categories.merge.title`, defaultMessage: 'Merge “{name}” into another category' }, { name })}
        label={formatMessage({ id: `${PLUGIN_ID}.categories.merge.label`, defaultMessage: 'Category to keep' })}
        choices={targets}
        consequence={(target) =>
          formatMessage(
            {
              id: `${PLUGIN_ID}.categories.merge.consequence`,
              defaultMessage: '{articles} will move to “{target}”, then “{name}” and its section editors are deleted.',
            },
            { articles: articles(category.articleCount), target: target.label, name },
          )
        }
        confirm={formatMessage({ id: `${PLUGIN_ID}.categories.merge.confirm`, defaultMessage: 'Merge and delete' })}
        danger
        onConfirm={move('merge', (moved, target) =>
          formatMessage(
            { id: `${PLUGIN_ID}.categories.merge.done`, defaultMessage: '“{name}” merged into “{target}”: {articles} moved.' },
            { name, target, articles: articles(moved) },
          ),
        )}
      />
      <ChooseDialog
        trigger={formatMessage({ id: `${PLUGIN_ID}.categories.reassign.trigger`, defaultMessage: 'Reassign articles to…' })}
        title={formatMessage({ id: `${PLUGIN_ID}.categories.reassign.title`, defaultMessage: 'Reassign the articles of “{name}”' }, { name })}
        label={formatMessage({ id: `${PLUGIN_ID}.categories.reassign.label`, defaultMessage: 'Move them to' })}
        choices={targets}
        disabled={category.articleCount === 0}
        consequence={(target) =>
          formatMessage(
            { id: `${PLUGIN_ID}.categories.reassign.consequence`, defaultMessage: '{articles} will move to “{target}”; “{name}” stays, empty.' },
            { articles: articles(category.articleCount), target: target.label, name },
          )
        }
        confirm={formatMessage({ id: `${PLUGIN_ID}.categories.reassign.confirm`, defaultMessage: 'Reassign' })}
        onConfirm={move('reassign', (moved, target) =>
          formatMessage(
            { id: `${PLUGIN_ID}.categories.reassign.done`, defaultMessage: '{articles} moved from “{name}” to “{target}”.' },
            { articles: articles(moved), name, target },
          ),
        )}
      />
      <EditorsDialog category={category} onSave={saveEditors} />
    </Flex>
  );
}
