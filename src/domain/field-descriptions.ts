/** An attribute as declared in a schema.json; only its description matters here. */
interface DescribedAttribute {
  description?: unknown;
}

/** The part of a schema the Content Manager reads its default edit-view settings from. */
type Metadatas = Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }>;

interface SchemaConfig {
  metadatas?: Metadatas;
}

export interface DescribedSchema {
  attributes: Record<string, DescribedAttribute>;
  config?: SchemaConfig;
}

/**
 * The Content Manager shows a field's help text from its edit-view settings, not from the schema's `description`. This
 * returns the schema's `config` with each attribute's description copied into the default settings
 * (`metadatas.<field>.edit.description`), so editors see it under the field. Settings already stored, or changed by an
 * admin in "Configure the view", still win.
 */
export function configWithFieldDescriptions(schema: DescribedSchema): SchemaConfig & { metadatas: Metadatas } {
  const metadatas = { ...schema.config?.metadatas };
  for (const [name, attribute] of Object.entries(schema.attributes)) {
    if (typeof attribute.description !== 'string' || !attribute.description) continue;
    const current = metadatas[name] ?? {};
    metadatas[name] = { ...current, edit: { description: attribute.description, ...current.edit } };
  }
  return { ...schema.config, metadatas };
}
