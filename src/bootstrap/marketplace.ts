import type { Core } from '@strapi/strapi';

/** The admin permission behind the Marketplace link (and Settings → Plugins, which lists the same catalogue's state). */
export const MARKETPLACE_ACTION = 'admin::marketplace.read';

/**
 * An offline newsroom has no use for the Marketplace (a link to market.strapi.io): Strapi shows its menu link to whoever
 * holds `admin::marketplace.read` and offers no setting to hide it, so the action is withdrawn after the admin's own
 * bootstrap has registered it and granted it to Super Admin, and every role's grant of it is dropped. Nobody holds it,
 * so the link is not shown; it runs at every start because Strapi registers and grants it again at every start.
 */
export async function withdrawMarketplace(strapi: Core.Strapi): Promise<void> {
  await strapi.service('admin::permission').actionProvider.delete(MARKETPLACE_ACTION);
  await strapi.db.query('admin::permission').deleteMany({ where: { action: MARKETPLACE_ACTION } });
}
