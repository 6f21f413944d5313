import type { Core } from '@strapi/strapi';

export interface DemoAdmin {
  email: string;
  password: string;
}

/**
 * Makes sure the demo admin exists as a Super Admin with the password from .env, so the credentials the demo prints
 * always work, even after an earlier run.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi, admin: DemoAdmin): Promise<void> {
  const users = strapi.service('admin::user');
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing: the admin plugin did not bootstrap.');
  const existing = await strapi.db.query('admin::user').findOne({ where: { email: admin.email } });
  if (existing) {
    await users.updateById(existing.id, { password: admin.password, isActive: true });
    return;
  }
  await users.create({
    firstname: 'Demo',
    lastname: 'Editor',
    email: admin.email,
    password: admin.password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
}
