import type { Core } from '@strapi/strapi';
import { adminUserName, type AdminUser } from '#domain/admin-user';
import { API_TOKEN_STRATEGY } from '#domain/draft-access';

/** Who is acting: an admin-panel user with their permissions, or a trusted caller (API token, import) without one. */
export interface Actor {
  user: AdminUser | null;
  /** The name stage history shows. */
  name: string | null;
  can(action: string, subject?: string): boolean;
}

interface Ability {
  can(action: string, subject?: unknown): boolean;
}

interface RequestState {
  user?: AdminUser;
  userAbility?: Ability;
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
}

/** The actor of an admin request, from what Strapi's admin authentication put on `ctx.state`. */
export function adminActor(state: RequestState): Actor {
  const { user, userAbility } = state;
  if (!user || !userAbility) throw new Error('An admin route ran without an authenticated admin user.');
  return { user, name: adminUserName(user), can: (action, subject) => userAbility.can(action, subject) };
}

/**
 * The actor behind the document-service call being made, if a request made it: an admin user is held to their
 * permissions; an API token or in-process code (the importer) is trusted, as Strapi trusts it with the call itself.
 */
export function currentActor(strapi: Core.Strapi): Actor {
  const state = (strapi.requestContext.get()?.state ?? {}) as RequestState;
  // Only the admin authentication puts a user's ability on the state; Content API users carry none.
  if (state.user && state.userAbility) return adminActor(state);
  const token = state.auth?.strategy?.name === API_TOKEN_STRATEGY ? state.auth.credentials?.name : undefined;
  return { user: null, name: token ? `API token "${token}"` : null, can: () => true };
}
