import { Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CategoryView } from '../constants';
import { plural } from '../errors';
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
  const { put, post } = useFetchClient();
  const base = `/editorial/categories/${category.documentId}`;
  const articles = plural(category.articleCount, 'article');
  const targets = categories.filter((other) => other.documentId !== category.documentId).map((other) => ({ value: other.documentId, label: other.name }));

  const move = (action: 'merge' | 'reassign', done: (moved: number, target: string) => string) => async (into: string) => {
    const target = targets.find((choice) => choice.value === into)?.label ?? 'the other category';
    return (
      (await run(
        async () => {
          const { data } = await post<{ data: { moved: number } }>(`${base}/${action}`, { into });
          return done(data.data.moved, target);
        },
        action === 'merge' ? 'The categories were not merged.' : 'The articles were not reassigned.',
      )) === null
    );
  };

  const saveEditors = async (userIds: number[]) =>
    (await run(async () => {
      await put(`${base}/editors`, { userIds });
      return `Section editors of “${category.name}” saved.`;
    }, 'The section editors were not saved.')) === null;

  return (
    <Flex gap={1} wrap="wrap">
      <ChooseDialog
        trigger="Merge into…"
        title={`Merge “${category.name}” into another category`}
        label="Category to keep"
        choices={targets}
        consequence={(target) => `${articles} will move to “${target.label}”, then “${category.name}” and its section editors are deleted.`}
        confirm="Merge and delete"
        danger
        onConfirm={move('merge', (moved, target) => `“${category.name}” merged into “${target}”: ${plural(moved, 'article')} moved.`)}
      />
      <ChooseDialog
        trigger="Reassign articles to…"
        title={`Reassign the articles of “${category.name}”`}
        label="Move them to"
        choices={targets}
        disabled={category.articleCount === 0}
        consequence={(target) => `${articles} will move to “${target.label}”; “${category.name}” stays, empty.`}
        confirm="Reassign"
        onConfirm={move('reassign', (moved, target) => `${plural(moved, 'article')} moved from “${category.name}” to “${target}”.`)}
      />
      <EditorsDialog category={category} onSave={saveEditors} />
    </Flex>
  );
}
