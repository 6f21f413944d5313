import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { CategoryActions } from '../components/CategoryActions';
import { MANAGE_CATEGORIES, READ_CATEGORIES, type CategoryView } from '../constants';
import { useList } from '../useList';
import { useRun } from '../useRun';

const list = (items: string[]): string => (items.length > 0 ? items.join('; ') : '—');

function CategoryTable({ canManage }: { canManage: boolean }) {
  const { rows, error, reload } = useList<CategoryView>('/editorial/categories', 'The categories could not be loaded.');
  const run = useRun(reload);

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!rows) return <Page.Loading />;
  if (rows.length === 0) return <Typography textColor="neutral600">No categories yet.</Typography>;

  return (
    <Table colCount={canManage ? 6 : 5} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">Name</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Slug</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Articles</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Publish rules</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">Section editors</Typography>
          </Th>
          {canManage ? (
            <Th>
              <Typography variant="sigma">Actions</Typography>
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
  const { allowedActions, isLoading } = useRBAC(MANAGE_CATEGORIES);
  return (
    <Page.Main>
      <Page.Title>Categories</Page.Title>
      <Layouts.Header
        title="Categories"
        subtitle="A category that still files articles cannot be deleted: merge it into another category, or reassign its articles first."
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
