/**
 * Route configs for the plugins' admin routes: signed in to the admin panel and, where asked, holding admin
 * permissions (a plugin action, or a Content Manager action on a content type).
 */
type Action = string | [action: string, subject: string];

// Fresh objects each time: Strapi may add to a route's config, and routes must not share one.
export const signedIn = () => ({ policies: ['admin::isAuthenticatedAdmin'] });

export const holding = (...actions: Action[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

/** Reading the content type in the Content Manager: who may open an entry may see what the plugins say of it. */
export const reading = (uid: string): Action => ['plugin::content-manager.explorer.read', uid];
