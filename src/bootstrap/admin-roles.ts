import type { Core } from '@strapi/strapi';
import { pluginOf } from './plugin-fields';
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
    return expanded.filter((permission) => permission.subject === grant.subject).map((permission) => withoutWithheld(permission, grant.withheld));
  });
}

// Stage actions follow the configured stage list, so a newsroom with other stages simply lacks the default ones.
const CONFIGURED_STAGE_ACTION = /^plugin::editorial\.stage\./;

/**
 * The role's plugin actions that are registered. An action of a plugin switched off in config/plugins.ts is left out;
 * an unknown one of a loaded plugin (a typo) stops the boot.
 */
function pluginActionsOf(strapi: Core.Strapi, role: NewsroomRole): string[] {
  const { actionProvider } = strapi.service('admin::permission');
  return (role.pluginActions ?? []).filter((action) => {
    if (actionProvider.get(action)) return true;
    const plugin = pluginOf(action);
    if (CONFIGURED_STAGE_ACTION.test(action) || (plugin && !strapi.plugin(plugin))) return false;
    throw new Error(`Unknown admin action ${action}: its plugin did not register it.`);
  });
}

function permissionsFor(strapi: Core.Strapi, role: NewsroomRole): AdminPermission[] {
  const plain = [...MEDIA_LIBRARY_ACTIONS, ...pluginActionsOf(strapi, role)];
  return [...contentPermissions(strapi, grantsOf(role)), ...plain.map((action) => ({ action }))];
}

type Offered = Record<string, string[]>;

const offeredStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'provenance', key: 'offered-plugin-actions' });

/**
 * Grants an existing role the plugin actions the newsroom added since it was created (the editorial stages, the image
 * policy override), once: each action offered to a role is remembered, so one an admin later takes away stays away.
 */
async function offerNewPluginActions(strapi: Core.Strapi, roleId: number, role: NewsroomRole, offered: Offered): Promise<void> {
  const fresh = pluginActionsOf(strapi, role).filter((action) => !(offered[role.code] ?? []).includes(action));
  if (fresh.length === 0) return;
  const held = (await strapi.db.query('admin::permission').findMany({ where: { role: roleId, action: { $in: fresh } }, select: ['action'] })) as Array<{
    action: string;
  }>;
  const missing = fresh.filter((action) => !held.some((permission) => permission.action === action));
  if (missing.length > 0)
    await strapi.service('admin::permission').createMany(missing.map((action) => ({ action, role: roleId, subject: null, properties: {}, conditions: [] })));
  offered[role.code] = [...(offered[role.code] ?? []), ...fresh];
}

/**
 * Creates the newsroom's admin roles that do not exist yet. A role that exists (by code, or by name when an admin made
 * it by hand) keeps what its admins made of it in Settings → Roles; it only receives, once, plugin actions added to the
 * newsroom after it was created.
 */
export async function ensureNewsroomRoles(strapi: Core.Strapi, roles: readonly NewsroomRole[] = NEWSROOM_ROLES): Promise<void> {
  const roleService = strapi.service('admin::role');
  const store = offeredStore(strapi);
  const offered = ((await store.get({})) as Offered | null) ?? {};
  const before = JSON.stringify(offered);
  for (const role of roles) {
    const existing = await strapi.db.query('admin::role').findOne({
      where: { $or: [{ code: role.code }, { name: role.name }] },
    });
    if (existing) {
      await offerNewPluginActions(strapi, existing.id, role, offered);
      continue;
    }
    const created = await roleService.create({ name: role.name, code: role.code, description: role.description });
    await roleService.assignPermissions(created.id, permissionsFor(strapi, role));
    offered[role.code] = pluginActionsOf(strapi, role);
  }
  if (JSON.stringify(offered) !== before) await store.set({ value: offered });
}
