import request, { type Response, type Test } from 'supertest';
import type { Core } from '@strapi/strapi';
import { strapiInstance } from './strapi';

let counter = 0;
/** A value unique in this test run, so suites sharing one database never collide. */
export const unique = (label: string): string => `${label} ${process.pid}-${Date.now()}-${++counter}`;

export function http() {
  return request(strapiInstance().server.httpServer);
}

type TokenType = 'full-access' | 'read-only';

const tokens = new Map<TokenType, { accessKey: string; name: string }>();

/** A Content API token of the given type, created once per run. */
export async function apiToken(type: TokenType = 'full-access'): Promise<string> {
  const cached = tokens.get(type);
  if (cached) return cached.accessKey;
  const name = unique(`tests ${type}`);
  const created = await strapiInstance().service('admin::api-token').create({ name, type, lifespan: null, description: 'Created by the API tests.' });
  tokens.set(type, { accessKey: created.accessKey, name });
  return created.accessKey;
}

/** The name the token of that type was created with, as the CMS shows who acted through it. */
export async function apiTokenName(type: TokenType = 'full-access'): Promise<string> {
  await apiToken(type);
  const token = tokens.get(type);
  if (!token) throw new Error(`No ${type} token was made.`);
  return token.name;
}

export async function roleIdByCode(code: string): Promise<number> {
  const role = await strapiInstance().db.query('admin::role').findOne({ where: { code } });
  if (!role) throw new Error(`No admin role with code ${code}.`);
  return role.id;
}

/** Creates an active admin-panel user holding the role; returns the credentials to sign in with. */
export async function createAdminUser(roleCode: string): Promise<{ email: string; password: string }> {
  const strapi: Core.Strapi = strapiInstance();
  const email = `${unique('user').replace(/\W+/g, '-')}@provenance.test`.toLowerCase();
  const password = 'Correct-horse-battery-9';
  await strapi.service('admin::user').create({
    firstname: 'Test',
    lastname: roleCode,
    email,
    password,
    isActive: true,
    registrationToken: null,
    roles: [await roleIdByCode(roleCode)],
  });
  return { email, password };
}

/** Creates an admin-panel user holding the role and returns a JWT for the admin API. */
export async function adminSession(roleCode: string): Promise<{ token: string; email: string }> {
  const { email, password } = await createAdminUser(roleCode);
  const response = await http().post('/admin/login').send({ email, password }).expect(200);
  return { token: response.body.data.token, email };
}

let editorToken: string | undefined;

/** Creates the full-access token the `editor` helpers write with; called once after Strapi starts. */
export async function prepareEditor(): Promise<void> {
  editorToken = await apiToken('full-access');
}

const asEditor = (test: Test): Test => {
  if (!editorToken) throw new Error('Call prepareEditor() after startStrapi().');
  return test.set('Authorization', `Bearer ${editorToken}`);
};

/** Content API calls made with a full-access API token, as a trusted integration would. */
export const editor = {
  get: (path: string): Test => asEditor(http().get(path)),
  post: (path: string, body: unknown): Test => asEditor(http().post(path)).send(body as object),
  put: (path: string, body: unknown): Test => asEditor(http().put(path)).send(body as object),
  delete: (path: string): Test => asEditor(http().delete(path)),
};

/** Uploads one file to the media library through the Content API, as an integration with a full-access token would. */
export async function uploadFile(name: string, contentType: string, file: Buffer): Promise<Response> {
  return http()
    .post('/api/upload')
    .set('Authorization', `Bearer ${await apiToken('full-access')}`)
    .attach('files', file, { filename: name, contentType });
}
