/** The parts of an admin-panel user the newsroom's records keep: who approved, overrode or moved something. */
export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

/** The name a record shows for an admin user, kept as it was when they acted. */
export const adminUserName = (user: AdminUser): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `admin #${user.id}`;
