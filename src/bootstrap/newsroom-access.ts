import type { Core } from '@strapi/strapi';
import { NEWSROOM_ROLES, type NewsroomRole } from '../roles/newsroom-roles';
import { ensureNewsroomRoles } from './admin-roles';
import { ensureReaderPermissions } from './content-api-permissions';
import { removeStockRoles } from './stock-roles';
import { exclusively } from '#kernel/exclusive';

/**
 * The newsroom's admin roles and the Content API's reader permissions, created when missing, and Strapi's default
 * Author and Editor roles removed when nobody holds them. Safe to run at every boot
 * of every instance: instances that boot together on one database take turns, so nothing is created twice.
 */
export async function ensureNewsroomAccess(strapi: Core.Strapi, roles: readonly NewsroomRole[] = NEWSROOM_ROLES): Promise<void> {
  await exclusively(strapi, 'provenance:newsroom-access', async () => {
    await ensureNewsroomRoles(strapi, roles);
    await removeStockRoles(strapi);
    await ensureReaderPermissions(strapi);
  });
}
