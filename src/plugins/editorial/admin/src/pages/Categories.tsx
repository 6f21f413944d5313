import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { CategoryActions } from '../components/CategoryActions';
import { MANAGE_CATEGORIES, PLUGIN_ID, READ_CATEGORIES, type CategoryView } from '../constants';
import { useList } from '../useList';
import { useRun } from '../useRun';

const list = (items: string[]): string => (items.length > 0 ? items.join('; ') : '—');

function CategoryTable({ canManage }: { canManage: boolean }) {
  const { formatMessage } = useIntl();
  const { rows, error, reload } = useList<CategoryView>(
    '/editorial/categories',
    formatMessage({ id: `${PLUGIN_ID}.categories.loadFailed`, defaultMessage: 'The categories could not be loaded.' }),
  );
  const run = useRun(reload);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!rows) return <Page.Loading />;
  if (rows.length === 0)
    return <Typography textColor="neutral600">{formatMessage({ id: `${PLUGIN_ID}.categories.none`, defaultMessage: 'No categories yet.' })}</Typography>;

  return (
    <Table colCount={canManage ? 6 : 5} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.name`, defaultMessage: 'Name' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.slug`, defaultMessage: 'Slug' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.articles`, defaultMessage: 'Articles' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.publishRules`, defaultMessage: 'Publish rules' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.sectionEditors`, defaultMessage: 'Section editors' })}</Typography>
          </Th>
          {canManage ? (
            <Th>
              <Typography variant="sigma">{formatMessage({ id: `${PLUGIN_ID}.categories.column.actions`, defaultMessage: 'Actions' })}</Typography>
            </Th>
          ) : null}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((category) => (
          <Tr key={category.documentId}>
            <Td>
              <Typography fontWeight="bold">{category.displayLabel || category.name}</Typography>
              {category.displayLabel && category.displayLabel !== category.name ? (
                <Typography variant="pi" textColor="neutral600" tag="p">
                  {category.name}
                </Typography>
              ) : null}
            </Td>
            <Td>
              <Typography textColor="neutral600">{category.slug}</Typography>
            </Td>
            <Td>
              <Typography>{category.articleCount}</Typography>
            </Td>
            <Td>
              <Typography>{list(category.rules)}</Typography>
            </Td>
            <Td>
              <Typography>{list(category.editors.map((editor) => editor.name))}</Typography>
            </Td>
            {canManage ? (
              <Td>
                <CategoryActions category={category} categories={rows} run={run} />
              </Td>
            ) : null}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

function CategoriesPage() {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: `${PLUGIN_ID}.categories.title`, defaultMessage: 'Categories' });
  const { allowedActions, isLoading } = useRBAC(MANAGE_CATEGORIES);
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: `${PLUGIN_ID}.categories.subtitle`,
          defaultMessage: 'A category that still files articles cannot be deleted: merge it into another category, or reassign its articles first.',
        })}
      />
      <Layouts.Content>{isLoading ? <Page.Loading /> : <CategoryTable canManage={Boolean(allowedActions.canManageCategories)} />}</Layouts.Content>
    </Page.Main>
  );
}

/** Editorial → Categories: each section's use, publish rules and editors, and merging for those who manage categories. */
export default function ProtectedCategoriesPage() {
  return (
    <Page.Protect permissions={READ_CATEGORIES}>
      <CategoriesPage />
    </Page.Protect>
  );
}
