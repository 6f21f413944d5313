import type { Core } from '@strapi/strapi';

/** What a plugin's services/index.ts registers: service factories by name, each given `{ strapi }`. */
export type ServiceFactories = Record<string, (deps: { strapi: Core.Strapi }) => unknown>;

/** The service a factory makes, by name. */
export type ServiceOf<Factories extends ServiceFactories, Name extends keyof Factories> = ReturnType<Factories[Name]>;

/**
 * A plugin's `getService`, typed by the map its services/index.ts registers: `getService(strapi, 'stages')` is the
 * stages service, with no cast where it is called. Each plugin's utils.ts makes its own from its map (a type import,
 * so no module imports the services it is imported by).
 */
export function serviceGetter<Factories extends ServiceFactories>(pluginId: string) {
  return <Name extends keyof Factories & string>(strapi: Core.Strapi, name: Name): ServiceOf<Factories, Name> =>
    strapi.plugin(pluginId).service(name) as ServiceOf<Factories, Name>;
}
