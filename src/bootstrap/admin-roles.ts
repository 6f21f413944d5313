import type { Core } from '@strapi/strapi';
import { MEDIA_LIBRARY_ACTIONS, NEWSROOM_ROLES, grantsOf, type Grant, type NewsroomRole } from '../roles/newsroom-roles';

interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
}

function withoutWithheld(permission: AdminPermission, withheld: readonly string[]): AdminPermission {
  const fields = permission.properties?.fields;
  if (!fields || withheld.length === 0) return permission;
  const kept = fields.filter((field) => !withheld.some((name) => field === name || field.startsWith(`${name}.`)));
  return { ...permission, properties: { ...permission.properties, fields: kept } };
}

function contentPermissions(strapi: Core.Strapi, grants: Grant[]): AdminPermission[] {
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypes = strapi.service('admin::content-type');
  return grants.flatMap((grant) => {
    const action = actionProvider.get(grant.action);
    if (!action) throw new Error(`Unknown admin action ${grant.action}: the Content Manager did not register it.`);
    // Strapi expands an action into one permission per content type with every nested field (components included).
    const expanded: AdminPermission[] = contentTypes.getPermissionsWithNestedFields([action]);
    return expanded
      .filter((permission) => permission.subject === grant.subject)
      .map((permission) => withoutWithheld(permission, grant.withheld));
  });
}

// Stage actions follow the configured stage list, so a newsroom with other stages simply lacks the default ones.
const CONFIGURED_STAGE_ACTION = /^plugin::editorial\.stage\./;

function permissionsFor(strapi: Core.Strapi, role: NewsroomRole): AdminPermission[] {
  const { actionProvider } = strapi.service('admin::permission');
  const pluginActions = (role.pluginActions ?? []).filter((action) => {
    if (actionProvider.get(action)) return true;
    if (CONFIGURED_STAGE_ACTION.test(action)) return false;
    throw new Error(`Unknown admin action ${action}: its plugin did not register it.`);
  });
  const plain = [...MEDIA_LIBRARY_ACTIONS, ...pluginActions];
  return [...contentPermissions(strapi, grantsOf(role)), ...plain.map((action) => ({ action }))];
}

/**
 * Creates the newsroom's admin roles that do not exist yet. A role that exists (by code, or by name when an admin made
 * it by hand) is left as it is: once created, roles belong to the admins who tune them in Settings → Roles.
 */
export async function ensureNewsroomRoles(strapi: Core.Strapi, roles: readonly NewsroomRole[] = NEWSROOM_ROLES): Promise<void> {
  const roleService = strapi.service('admin::role');
  for (const role of roles) {
    const existing = await strapi.db.query('admin::role').findOne({
      where: { $or: [{ code: role.code }, { name: role.name }] },
    });
    if (existing) continue;
    const created = await roleService.create({ name: role.name, code: role.code, description: role.description });
    await roleService.assignPermissions(created.id, permissionsFor(strapi, role));
  }
}
