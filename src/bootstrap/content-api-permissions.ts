import type { Core } from '@strapi/strapi';
import { PUBLIC_READ_ACTIONS } from '../roles/newsroom-roles';

// Authenticated readers are a separate users-permissions role that does not inherit Public's rights; without the same
// grants a signed-in reader would be refused the articles an anonymous one can read.
const READER_ROLE_TYPES = ['public', 'authenticated'] as const;

/** Grants the Content API reader roles read access to the published newsroom, adding only what is missing. */
export async function ensureReaderPermissions(strapi: Core.Strapi): Promise<void> {
  const roleQuery = strapi.db.query('plugin::users-permissions.role');
  const permissionQuery = strapi.db.query('plugin::users-permissions.permission');
  for (const type of READER_ROLE_TYPES) {
    const role = await roleQuery.findOne({ where: { type } });
    if (!role) throw new Error(`The users-permissions "${type}" role is missing; its plugin bootstrap did not run.`);
    const granted = await permissionQuery.findMany({ where: { role: role.id }, select: ['action'] });
    const have = new Set(granted.map((permission: { action: string }) => permission.action));
    for (const action of PUBLIC_READ_ACTIONS.filter((candidate) => !have.has(candidate))) {
      await permissionQuery.create({ data: { action, role: role.id } });
    }
  }
}
