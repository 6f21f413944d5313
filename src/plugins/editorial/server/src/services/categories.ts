import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { adminUserName, type AdminUser } from '#domain/admin-user';
import { countArticlesUnder } from '#kernel/article-counts';
import { fieldError } from '#kernel/errors';
import { ARTICLE_UID, CATEGORY_UID, MESSAGES, SECTION_EDITOR_UID } from '../constants';
import { describeRule } from '../domain/category-rules';
import { updateQuietly, type StoredRow } from '#kernel/quiet-update';
import { editorialConfig } from '../utils';

interface CategoryRow {
  id: number;
  documentId: string;
  name: string;
  slug: string;
  displayLabel: string | null;
}

export interface CategoryView extends CategoryRow {
  articleCount: number;
  rules: string[];
  editors: Array<{ id: number; name: string }>;
}

/** The newsroom's categories: usage, merging and reassigning their articles, and who edits each section. */
const categories = ({ strapi }: { strapi: Core.Strapi }) => {
  const sectionEditors = () => strapi.db.query(SECTION_EDITOR_UID);

  async function category(documentId: string, path: string): Promise<CategoryRow> {
    const row = (await strapi.db.query(CATEGORY_UID).findOne({ where: { documentId } })) as CategoryRow | null;
    if (!row) throw path === 'documentId' ? new errors.NotFoundError(MESSAGES.noCategory) : fieldError(path, MESSAGES.noCategory);
    return row;
  }

  /** Points every row, draft and published, of every article filed under `from` at `to`. */
  async function repoint(from: CategoryRow, to: CategoryRow): Promise<number> {
    const rows = (await strapi.db
      .query(ARTICLE_UID)
      .findMany({ where: { category: { id: from.id } }, select: ['id', 'documentId', 'updatedAt'] })) as StoredRow[];
    return updateQuietly(strapi, ARTICLE_UID, rows, { category: to.id });
  }

  return {
    async list(): Promise<CategoryView[]> {
      const rows = (await strapi.db.query(CATEGORY_UID).findMany({ orderBy: { name: 'asc' } })) as CategoryRow[];
      const assignments = (await sectionEditors().findMany({})) as Array<{ categoryDocumentId: string; userId: number }>;
      const users = (await strapi.db.query('admin::user').findMany({
        where: { id: { $in: assignments.map((assignment) => assignment.userId) } },
      })) as AdminUser[];
      const { categoryRules } = editorialConfig(strapi);
      return Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          documentId: row.documentId,
          name: row.name,
          slug: row.slug,
          displayLabel: row.displayLabel,
          articleCount: await countArticlesUnder(strapi, 'category', row.id),
          rules: describeRule(categoryRules[row.slug]),
          editors: users
            .filter((user) => assignments.some((assignment) => assignment.userId === user.id && assignment.categoryDocumentId === row.documentId))
            .map((user) => ({ id: user.id, name: adminUserName(user) })),
        })),
      );
    },

    /** Moves every article of one category to another and keeps both categories. */
    async reassign(documentId: string, into: string): Promise<{ moved: number }> {
      return strapi.db.transaction(async () => {
        const from = await category(documentId, 'documentId');
        const to = await category(into, 'into');
        if (from.id === to.id) throw fieldError('into', MESSAGES.mergeCategoryIntoItself);
        return { moved: await repoint(from, to) };
      });
    },

    /** Moves every article of one category to another, then deletes the emptied category and its section editors. */
    async merge(documentId: string, into: string): Promise<{ moved: number }> {
      return strapi.db.transaction(async () => {
        const result = await this.reassign(documentId, into);
        await strapi.documents(CATEGORY_UID).delete({ documentId });
        return result;
      });
    },

    /** Replaces the editors of a section. */
    async setEditors(documentId: string, userIds: number[]): Promise<CategoryView[]> {
      await category(documentId, 'documentId');
      const known = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: userIds } }, select: ['id'] })) as Array<{ id: number }>;
      if (known.length !== new Set(userIds).size) throw fieldError('userIds', 'One of those admin users does not exist.');
      await strapi.db.transaction(async () => {
        await sectionEditors().deleteMany({ where: { categoryDocumentId: documentId } });
        for (const { id } of known) await sectionEditors().create({ data: { categoryDocumentId: documentId, userId: id } });
      });
      return this.list();
    },

    async forgetSection(documentId: string): Promise<void> {
      await sectionEditors().deleteMany({ where: { categoryDocumentId: documentId } });
    },

    /** Slugs of the categories an admin user edits. */
    async sectionsOf(userId: number): Promise<string[]> {
      const assignments = (await sectionEditors().findMany({ where: { userId } })) as Array<{ categoryDocumentId: string }>;
      if (assignments.length === 0) return [];
      const rows = (await strapi.db.query(CATEGORY_UID).findMany({
        where: { documentId: { $in: assignments.map((assignment) => assignment.categoryDocumentId) } },
        select: ['slug'],
      })) as Array<{ slug: string }>;
      return rows.map((row) => row.slug);
    },

    /** Admin users who can be made section editors, for the category page. */
    async candidates(): Promise<Array<{ id: number; name: string; email: string | null }>> {
      const users = (await strapi.db.query('admin::user').findMany({ where: { isActive: true }, orderBy: { firstname: 'asc' } })) as AdminUser[];
      return users.map((user) => ({ id: user.id, name: adminUserName(user), email: user.email ?? null }));
    },
  };
};

export default categories;
