import type { Core } from '@strapi/strapi';
import { STOCK_ROLE_CODES, decideStockRoles, keptStockRoleWarning, type StockRole } from '#domain/stock-roles';

/**
 * Removes Strapi's default Author and Editor admin roles when no user holds them; one still held is kept, with a
 * warning naming it at every start until its users have a newsroom role (docs/roles.md).
 */
export async function removeStockRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');
  const found = (await strapi.db.query('admin::role').findMany({ where: { code: { $in: [...STOCK_ROLE_CODES] } } })) as Array<Omit<StockRole, 'usersCount'>>;
  const roles: StockRole[] = [];
  for (const role of found) roles.push({ id: role.id, code: role.code, name: role.name, usersCount: await roleService.getUsersCount(role.id) });
  const { remove, keep } = decideStockRoles(roles);
  if (remove.length > 0) await roleService.deleteByIds(remove.map((role) => role.id));
  for (const role of keep) strapi.log.warn(keptStockRoleWarning(role));
}
