import type { Core } from '@strapi/strapi';
import type { DemoCredentials } from './role-users';

interface Role {
  id: number;
}

async function roleOf(strapi: Core.Strapi, user: DemoCredentials): Promise<Role> {
  if (user.roleCode === null) {
    const superAdmin = (await strapi.service('admin::role').getSuperAdmin()) as Role | null;
    if (!superAdmin) throw new Error('The Super Admin role is missing: the admin plugin did not bootstrap.');
    return superAdmin;
  }
  const role = (await strapi.db.query('admin::role').findOne({ where: { code: user.roleCode } })) as Role | null;
  if (!role) throw new Error(`The admin role ${user.roleCode} is missing: the newsroom roles are made at boot (src/bootstrap/admin-roles.ts).`);
  return role;
}

/**
 * Makes sure a demo user exists, active, with the password from .env and exactly its role, so the credentials the demo
 * prints always work, even after an earlier run or an admin's changes. Returns the user's id.
 */
export async function ensureDemoUser(strapi: Core.Strapi, user: DemoCredentials): Promise<number> {
  const users = strapi.service('admin::user');
  const role = await roleOf(strapi, user);
  const fields = { firstname: user.firstname, lastname: user.lastname, password: user.password, isActive: true, roles: [role.id] };
  const existing = (await strapi.db.query('admin::user').findOne({ where: { email: user.email } })) as { id: number } | null;
  if (existing) {
    await users.updateById(existing.id, fields);
    return existing.id;
  }
  const created = (await users.create({ ...fields, email: user.email, registrationToken: null })) as { id: number };
  return created.id;
}

interface SectionView {
  documentId: string;
  slug: string;
  editors: Array<{ id: number }>;
}

interface CategoriesService {
  list(): Promise<SectionView[]>;
  setEditors(documentId: string, userIds: number[]): Promise<unknown>;
}

/**
 * Makes the user a section editor of these categories (by slug) through the editorial plugin, as an admin choosing
 * editors on the Categories page would; the sections' other editors stay.
 */
export async function ensureSectionEditor(strapi: Core.Strapi, userId: number, sections: readonly string[]): Promise<void> {
  if (sections.length === 0) return;
  if (!strapi.plugin('editorial')) throw new Error('The editorial plugin is switched off (PLUGINS_DISABLED): the demo cannot choose section editors.');
  const categories = strapi.plugin('editorial').service('categories') as CategoriesService;
  const views = await categories.list();
  for (const slug of sections) {
    const section = views.find((view) => view.slug === slug);
    if (!section) throw new Error(`No category "${slug}" to make a section editor of: was the archive imported?`);
    const editors = section.editors.map((editor) => editor.id);
    if (!editors.includes(userId)) await categories.setEditors(section.documentId, [...editors, userId]);
  }
}
