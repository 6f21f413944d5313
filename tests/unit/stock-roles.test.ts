import { decideStockRoles, keptStockRoleWarning, type StockRole } from '../../src/domain/stock-roles';

const role = (code: string, usersCount: number, name = code): StockRole => ({ id: usersCount + code.length, code, name, usersCount });

describe("Strapi's default admin roles beside the newsroom's", () => {
  it.each([
    ['an Author nobody holds', [role('strapi-author', 0)], ['strapi-author'], []],
    ['an Editor someone holds', [role('strapi-editor', 2)], [], ['strapi-editor']],
    ['Super Admin, which Strapi needs', [role('strapi-super-admin', 0)], [], []],
    ['a newsroom role', [role('provenance-reporter', 0)], [], []],
  ])('decides about %s', (_case, roles, removed, kept) => {
    const decision = decideStockRoles(roles);
    expect(decision.remove.map((found) => found.code)).toEqual(removed);
    expect(decision.keep.map((found) => found.code)).toEqual(kept);
  });

  it('warns with the role, its holders and what to do', () => {
    expect(keptStockRoleWarning({ name: 'Author', code: 'strapi-author', usersCount: 2 })).toBe(
      `Strapi's default "Author" admin role (strapi-author) is kept: 2 admin users hold it. Give them a newsroom role in Settings → Users; the role is removed at the next start (docs/roles.md).`,
    );
  });
});
