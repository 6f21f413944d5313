import type { Core } from '@strapi/strapi';
import type { AttributeSpec, Catalogue, ModelSpec } from '../openapi/content-types';
import { ARTICLE_COUNT, openApiDocument, type PublicType } from '../openapi/document';
import type { JsonSchema } from '../openapi/json-schema';
import { CATEGORY_UID, KICKER_UID } from '../constants';
import { deliveryConfig } from '../utils';

interface StrapiModel {
  uid: string;
  modelType?: string;
  info?: { pluralName?: string; description?: string };
  attributes: Record<string, AttributeSpec & { customField?: string }>;
}

/** Fields the app's controllers add to a type's core answers (src/api/*\/controllers). */
const CONTROLLER_EXTRAS: Record<string, Record<string, JsonSchema>> = {
  [CATEGORY_UID]: { articleCount: ARTICLE_COUNT },
  [KICKER_UID]: { articleCount: ARTICLE_COUNT },
};

/**
 * The OpenAPI document of the public Content API, made on the first request from the content types and the public
 * role's permissions (the app grants them in its bootstrap, after this plugin's), then kept: neither changes while the
 * server runs.
 */
const openapi = ({ strapi }: { strapi: Core.Strapi }) => {
  let made: Promise<JsonSchema> | null = null;

  // A custom field answers as the type it is registered with (the body editor's is text).
  function attributesOf(model: StrapiModel): Record<string, AttributeSpec> {
    const fields = strapi.get('custom-fields') as { get(uid: string): { type: string } | undefined };
    const entries = Object.entries(model.attributes).map(([name, attribute]) => {
      if (attribute.type !== 'customField' || !attribute.customField) return [name, attribute];
      return [name, { ...attribute, type: fields.get(attribute.customField)?.type ?? 'string' }];
    });
    return Object.fromEntries(entries);
  }

  function catalogue(): Catalogue {
    const spec = (model: StrapiModel, kind: ModelSpec['kind']): [string, ModelSpec] => [
      model.uid,
      { uid: model.uid, kind, description: model.info?.description, attributes: attributesOf(model) },
    ];
    const documents = Object.values(strapi.contentTypes as unknown as Record<string, StrapiModel>).map((model) => spec(model, 'document'));
    const components = Object.values(strapi.components as unknown as Record<string, StrapiModel>).map((model) => spec(model, 'component'));
    return {
      models: Object.fromEntries([...documents, ...components]),
      privateAttributes: strapi.config.get('api.responses.privateAttributes', []) as string[],
    };
  }

  /** The api:: types the public role may both find and findOne. */
  async function publicTypes(): Promise<PublicType[]> {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const granted = role ? await strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id }, select: ['action'] }) : [];
    const actions = new Set((granted as Array<{ action: string }>).map((permission) => permission.action));
    return Object.values(strapi.contentTypes as unknown as Record<string, StrapiModel>)
      .filter((model) => model.uid.startsWith('api::') && actions.has(`${model.uid}.find`) && actions.has(`${model.uid}.findOne`))
      .map((model) => ({ uid: model.uid, pluralName: String(model.info?.pluralName), extras: CONTROLLER_EXTRAS[model.uid] }))
      .sort((a, b) => a.pluralName.localeCompare(b.pluralName));
  }

  async function make(): Promise<JsonSchema> {
    return openApiDocument({
      catalogue: catalogue(),
      publicTypes: await publicTypes(),
      apiPrefix: strapi.config.get('api.rest.prefix', '/api') as string,
      maxLimit: strapi.config.get('api.rest.maxLimit', 100) as number,
      title: `${deliveryConfig(strapi).site.name} Content API`,
      version: String(strapi.config.get('info.version', '0.0.0')),
    });
  }

  return {
    document(): Promise<JsonSchema> {
      made ??= make().catch((error: unknown) => {
        made = null;
        throw error;
      });
      return made;
    },
  };
};

export default openapi;
