import fs from 'fs';
import path from 'path';
import { APP } from './paths';

/**
 * A plain Strapi 5 app with the newsroom's content types and components and nothing else: no local plugins, no
 * document middlewares, no custom request middlewares, no bootstrap. The save bench measures the app against it, so
 * what differs between the two is what the newsroom added on top of Strapi. It is a JavaScript app (no tsconfig.json),
 * so `strapi start` runs it from its own directory without a compile step.
 */

type Attribute = Record<string, unknown> & { type?: string; target?: string };
interface Schema {
  attributes: Record<string, Attribute>;
}

// The same config as the app's, without the plugins' and the admin preview's parts: connection, host, secrets, limits.
const CONFIG: Record<string, string> = {
  'database.js': `const path = require('path');
module.exports = ({ env }) => env('DATABASE_CLIENT', 'sqlite') === 'postgres'
  ? { connection: { client: 'postgres', connection: { connectionString: env('DATABASE_URL') }, pool: { min: 2, max: 10 } } }
  : { connection: { client: 'sqlite', connection: { filename: path.resolve(env('DATABASE_FILENAME')) }, useNullAsDefault: true } };
`,
  'server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', true) } },
});
`,
  'admin.js': `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
});
`,
  'api.js': `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };
`,
  'plugins.js': `module.exports = { 'users-permissions': { config: { register: { allowedFields: [] } } } };
`,
};

const coreFactory = (factory: string, uid: string) => `module.exports = require('@strapi/strapi').factories.${factory}('${uid}');\n`;

/** What each of the app's custom fields stores, as plain Strapi's own type: the kicker input a string with suggestions,
 * the body editor Markdown (its `richtext`, a text column, as the field falls back to when sourcing is switched off). */
const STORED_AS: Record<string, string> = { 'plugin::editorial.kicker': 'string', 'plugin::sourcing.sourced-markdown': 'richtext' };

/**
 * The schema as plain Strapi can load it: a custom field becomes the plain type it stores, and a relation to a plugin's
 * or the admin's content type is dropped, since those types do not exist here.
 */
export function bareSchema(schema: Schema): Schema {
  const attributes: Record<string, Attribute> = {};
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (attribute.type === 'relation' && typeof attribute.target === 'string' && !attribute.target.startsWith('api::')) continue;
    if (attribute.type === 'customField') {
      const { customField, ...rest } = attribute;
      attributes[name] = { ...rest, type: STORED_AS[String(customField)] ?? 'string' };
    } else {
      attributes[name] = attribute;
    }
  }
  return { ...schema, attributes };
}

/** The app's components, their custom fields made plain like the content types'. */
function writeComponents(dir: string): void {
  const components = path.join(APP, 'src', 'components');
  for (const category of fs.readdirSync(components)) {
    fs.mkdirSync(path.join(dir, 'src', 'components', category), { recursive: true });
    for (const file of fs.readdirSync(path.join(components, category))) {
      const schema = JSON.parse(fs.readFileSync(path.join(components, category, file), 'utf8')) as Schema;
      fs.writeFileSync(path.join(dir, 'src', 'components', category, file), JSON.stringify(bareSchema(schema), null, 2));
    }
  }
}

/** Each API's content types with core routes, controllers and services, as `strapi generate` makes them. */
function writeApis(dir: string): void {
  const apis = path.join(APP, 'src', 'api');
  for (const api of fs.readdirSync(apis)) {
    const types = path.join(apis, api, 'content-types');
    if (!fs.existsSync(types)) continue;
    for (const type of fs.readdirSync(types)) {
      const schema = JSON.parse(fs.readFileSync(path.join(types, type, 'schema.json'), 'utf8')) as Schema;
      const target = path.join(dir, 'src', 'api', api);
      fs.mkdirSync(path.join(target, 'content-types', type), { recursive: true });
      fs.writeFileSync(path.join(target, 'content-types', type, 'schema.json'), JSON.stringify(bareSchema(schema), null, 2));
      const uid = `api::${api}.${type}`;
      for (const [folder, factory] of [
        ['routes', 'createCoreRouter'],
        ['controllers', 'createCoreController'],
        ['services', 'createCoreService'],
      ]) {
        fs.mkdirSync(path.join(target, folder), { recursive: true });
        fs.writeFileSync(path.join(target, folder, `${type}.js`), coreFactory(factory, uid));
      }
    }
  }
}

/**
 * Writes the bare app into `dir`. Strapi finds installed plugins in package.json's dependencies, so only Strapi itself,
 * users-permissions and the database drivers are listed, at the app's versions; node_modules is the app's own.
 */
export function writeBareApp(dir: string): void {
  const app = JSON.parse(fs.readFileSync(path.join(APP, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies: Record<string, string> = {};
  for (const name of ['@strapi/strapi', '@strapi/plugin-users-permissions', 'better-sqlite3', 'pg']) dependencies[name] = app.dependencies[name];
  const manifest = { name: 'provenance-bare', version: '0.0.0', private: true, dependencies, strapi: { telemetryDisabled: true } };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.symlinkSync(path.join(APP, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(dir, 'config'));
  for (const [file, text] of Object.entries(CONFIG)) fs.writeFileSync(path.join(dir, 'config', file), text);
  writeApis(dir);
  writeComponents(dir);
  // The upload provider needs its folder at start; strapi::favicon needs the file.
  fs.mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  fs.copyFileSync(path.join(APP, 'favicon.png'), path.join(dir, 'favicon.png'));
}
