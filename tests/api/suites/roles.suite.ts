import { ensureNewsroomAccess } from '../../../src/bootstrap/newsroom-access';
import { ACTIONS as EDITORIAL_ACTIONS } from '../../../src/plugins/editorial/server/src/constants';
import { NEWSROOM_ROLES, PUBLIC_READ_ACTIONS } from '../../../src/roles/newsroom-roles';
import { adminSession, http, roleIdByCode, unique } from '../../helpers/http';
import { strapiInstance } from '../../helpers/strapi';

const ARTICLE = 'api::article.article';
const APPROVE_KICKER = EDITORIAL_ACTIONS.approveKicker;
const CM = '/content-manager/collection-types';

async function permissionsOf(code: string): Promise<Array<{ action: string; subject: string | null; properties: { fields?: string[] } }>> {
  return strapiInstance()
    .db.query('admin::permission')
    .findMany({ where: { role: { id: await roleIdByCode(code) } } });
}

const holds = (permissions: Array<{ action: string; subject: string | null }>, action: string, subject: string) =>
  permissions.some((permission) => permission.action === `plugin::content-manager.explorer.${action}` && permission.subject === subject);

async function readerActions(type: string): Promise<string[]> {
  const strapi = strapiInstance();
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  const permissions = await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  return permissions
    .map((permission: { action: string }) => permission.action)
    .filter((action: string) => action.startsWith('api::'))
    .sort();
}

describe('Newsroom roles', () => {
  it.each(NEWSROOM_ROLES.map((role) => [role.name, role.code]))('creates the %s admin role', async (name, code) => {
    const role = await strapiInstance().db.query('admin::role').findOne({ where: { code } });
    expect(role?.name).toBe(name);
  });

  it('gives a reporter no publish and no delete right on any content type', async () => {
    const actions = (await permissionsOf('provenance-reporter')).map((permission) => permission.action);
    expect(actions).toContain('plugin::content-manager.explorer.update');
    expect(actions.filter((action) => /\.(publish|delete)$/.test(action))).toEqual([]);
  });

  it('lets a fact-checker edit fact checks and sources but not articles', async () => {
    const permissions = await permissionsOf('provenance-fact-checker');
    expect(holds(permissions, 'update', 'api::fact-check.fact-check')).toBe(true);
    expect(holds(permissions, 'update', 'api::source.source')).toBe(true);
    expect(holds(permissions, 'update', ARTICLE)).toBe(false);
  });

  it('lets a chief editor publish and delete articles', async () => {
    const permissions = await permissionsOf('provenance-chief-editor');
    expect(holds(permissions, 'publish', ARTICLE) && holds(permissions, 'delete', ARTICLE)).toBe(true);
  });

  it('lets a reporter propose a kicker, without its state, but not edit one', async () => {
    const kickerWrites = (await permissionsOf('provenance-reporter')).filter(
      (permission) => permission.subject === 'api::kicker.kicker' && /\.(create|update)$/.test(permission.action),
    );
    expect(kickerWrites.map((permission) => permission.action)).toEqual(['plugin::content-manager.explorer.create']);
    for (const permission of kickerWrites) {
      expect(permission.properties.fields).toContain('label');
      expect(permission.properties.fields).not.toContain('state');
    }
  });

  it.each(['public', 'authenticated'])('lets the %s reader role find the seven newsroom types and nothing more', async (type) => {
    expect(await readerActions(type)).toEqual([...PUBLIC_READ_ACTIONS].sort());
  });

  it('creates nothing twice when the bootstrap runs again', async () => {
    const strapi = strapiInstance();
    const before = await strapi.db.query('admin::permission').count();
    await ensureNewsroomAccess(strapi);
    for (const role of NEWSROOM_ROLES) {
      expect(await strapi.db.query('admin::role').count({ where: { code: role.code } })).toBe(1);
    }
    expect(await strapi.db.query('admin::permission').count()).toBe(before);
    expect(await readerActions('public')).toEqual([...PUBLIC_READ_ACTIONS].sort());
  });

  it('grants an existing role, once, a plugin action added after it was created, and leaves it removed once an admin removes it', async () => {
    const strapi = strapiInstance();
    const code = unique('provenance-test-desk').replace(/\W+/g, '-');
    const desk = { code, name: code, description: 'A desk that predates the kicker workflow.', grants: { article: ['read'] as const } };
    await ensureNewsroomAccess(strapi, [...NEWSROOM_ROLES, desk]);
    const later = { ...desk, pluginActions: [APPROVE_KICKER] };
    await ensureNewsroomAccess(strapi, [...NEWSROOM_ROLES, later]);
    const granted = async () => (await permissionsOf(code)).filter((permission) => permission.action === APPROVE_KICKER);
    expect(await granted()).toHaveLength(1);
    await strapi.db.query('admin::permission').delete({ where: { role: await roleIdByCode(code), action: APPROVE_KICKER } });
    await ensureNewsroomAccess(strapi, [...NEWSROOM_ROLES, later]);
    expect(await granted()).toHaveLength(0);
  });

  it('creates a role once when several instances bootstrap at the same moment', async () => {
    const strapi = strapiInstance();
    const code = unique('provenance-test-desk').replace(/\W+/g, '-');
    const deskRole = { code, name: code, description: 'A desk added while instances boot together.', grants: { article: ['read'] as const } };
    const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await strapi.db.query('plugin::users-permissions.permission').delete({
      where: { role: publicRole.id, action: 'api::author.author.findOne' },
    });
    await Promise.all([1, 2, 3, 4].map(() => ensureNewsroomAccess(strapi, [...NEWSROOM_ROLES, deskRole])));
    expect(await strapi.db.query('admin::role').count({ where: { code } })).toBe(1);
    expect(await readerActions('public')).toEqual([...PUBLIC_READ_ACTIONS].sort());
  });
});

describe('Newsroom roles in the admin panel', () => {
  it('lets a reporter write a draft but refuses them publishing it with 403', async () => {
    const { token } = await adminSession('provenance-reporter');
    const created = await http()
      .post(`${CM}/${ARTICLE}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: unique('Reporter draft'), body: 'Draft body.' });
    expect(created.status).toBeLessThan(300);
    const { documentId } = created.body.data;
    await http().post(`${CM}/${ARTICLE}/${documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({}).expect(403);
  });

  it('lets a chief editor approve and publish a draft', async () => {
    const { token } = await adminSession('provenance-chief-editor');
    const created = await http()
      .post(`${CM}/${ARTICLE}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: unique('Chief draft'), body: 'Ready.' });
    const { documentId } = created.body.data;
    for (const to of ['in-review', 'approved']) {
      await http().post(`/editorial/articles/${documentId}/stage`).set('Authorization', `Bearer ${token}`).send({ to }).expect(200);
    }
    await http().post(`${CM}/${ARTICLE}/${documentId}/actions/publish`).set('Authorization', `Bearer ${token}`).send({}).expect(200);
  });

  it('keeps a kicker a reporter proposes "proposed" even when they send another state', async () => {
    const { token } = await adminSession('provenance-reporter');
    const created = await http()
      .post(`${CM}/api::kicker.kicker`)
      .set('Authorization', `Bearer ${token}`)
      .send({ label: unique('Reporter kicker'), state: 'approved' });
    expect(created.status).toBeLessThan(300);
    expect(created.body.data.state).toBe('proposed');
  });

  it('refuses a reporter the admin role settings', async () => {
    const { token } = await adminSession('provenance-reporter');
    await http().get('/admin/roles').set('Authorization', `Bearer ${token}`).expect(403);
  });
});

describe("Strapi's default Author and Editor admin roles", () => {
  const stockRoles = () =>
    strapiInstance()
      .db.query('admin::role')
      .findMany({ where: { code: { $in: ['strapi-author', 'strapi-editor'] } } });

  it('are removed at boot, when nobody holds them', async () => {
    expect(await stockRoles()).toEqual([]);
  });

  it('keep one an admin user still holds, with a warning naming it, and remove it once nobody does', async () => {
    const strapi = strapiInstance();
    await strapi.db.query('admin::role').create({ data: { name: 'Editor', code: 'strapi-editor', description: "Strapi's default." } });
    const { email } = await adminSession('strapi-editor');
    const warn = jest.spyOn(strapi.log, 'warn');
    try {
      await ensureNewsroomAccess(strapi);
      expect((await stockRoles()).map((role: { code: string }) => role.code)).toEqual(['strapi-editor']);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Strapi's default "Editor" admin role \(strapi-editor\) is kept: 1 admin user holds it\./));
    } finally {
      warn.mockRestore();
    }
    const user = await strapi.db.query('admin::user').findOne({ where: { email } });
    await strapi.service('admin::user').updateById(user.id, { roles: [await roleIdByCode('provenance-reporter')] });
    await ensureNewsroomAccess(strapi);
    expect(await stockRoles()).toEqual([]);
  });
});
