/**
 * Strapi's stock admin roles beside the newsroom's. Strapi creates "Author" and "Editor" on a fresh database; a
 * newsroom has its own (src/roles/newsroom-roles.ts), and two roles called "Editor" and "Section editor" side by side
 * invite granting the wrong one. Pure: no Strapi import.
 */

/** The codes Strapi gives its default Author and Editor roles (Super Admin stays: Strapi needs it). */
export const STOCK_ROLE_CODES = ['strapi-author', 'strapi-editor'] as const;

export interface StockRole {
  id: number;
  code: string;
  name: string;
  usersCount: number;
}

export interface StockRolesDecision {
  /** Held by nobody: removed. */
  remove: StockRole[];
  /** Still held by someone: kept, so nobody loses access at a restart, and an admin is told why it stays. */
  keep: StockRole[];
}

export function decideStockRoles(roles: readonly StockRole[]): StockRolesDecision {
  const stock = roles.filter((role) => (STOCK_ROLE_CODES as readonly string[]).includes(role.code));
  return { remove: stock.filter((role) => role.usersCount === 0), keep: stock.filter((role) => role.usersCount > 0) };
}

/** The warning logged at each boot while a stock role is still held. */
export const keptStockRoleWarning = (role: Pick<StockRole, 'name' | 'code' | 'usersCount'>): string =>
  `Strapi's default "${role.name}" admin role (${role.code}) is kept: ${role.usersCount} admin user${role.usersCount === 1 ? ' holds' : 's hold'} it. ` +
  `Give ${role.usersCount === 1 ? 'that user' : 'them'} a newsroom role in Settings → Users; the role is removed at the next start (docs/roles.md).`;
