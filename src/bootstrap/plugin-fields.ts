import type { Core } from '@strapi/strapi';

/** The plugin a uid (`plugin::editorial.kicker`) or a plugin's admin action (`plugin::editorial.approve-kicker`) belongs to. */
export const pluginOf = (uid: string): string | undefined => uid.match(/^plugin::([^.]+)\./)?.[1];

// The custom fields the newsroom's plugins provide, with the type each stores: what the field is without its plugin.
const STORED_AS: Record<string, string> = {
  'plugin::editorial.kicker': 'string',
  'plugin::sourcing.sourced-markdown': 'richtext',
};

interface Attribute {
  type: string;
  customField?: string;
}

/**
 * A field whose input a plugin provides (the article's kicker input, the sourcing plugin's body editor) stays a plain field of the type it stores when
 * an operator switches that plugin off: Strapi would otherwise refuse to boot on a custom field nobody registered, and
 * the stored values are kept as they are.
 */
export function keepPluginFieldsWithoutTheirPlugin(strapi: Core.Strapi): void {
  // Components too: a fact check's sections hold the sourcing plugin's body editor.
  for (const schema of [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)]) {
    for (const [name, attribute] of Object.entries(schema.attributes as Record<string, Attribute>)) {
      const plugin = attribute.customField ? pluginOf(attribute.customField) : undefined;
      const type = attribute.customField ? STORED_AS[attribute.customField] : undefined;
      if (!plugin || !type || strapi.plugin(plugin)) continue;
      const { customField: _dropped, ...rest } = attribute;
      (schema.attributes as Record<string, Attribute>)[name] = { ...rest, type };
    }
  }
}
