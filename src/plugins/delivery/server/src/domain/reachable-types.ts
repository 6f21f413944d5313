/** What the schema walk needs of a content type or component: its attributes. */
export interface SchemaAttributes {
  attributes: Record<string, { type?: string; target?: string; component?: string; components?: string[] }>;
}

export type SchemaLookup = (uid: string) => SchemaAttributes | undefined;

const MEDIA_UID = 'plugin::upload.file';

/**
 * Every type an answer about `uid` could show, however deep a populate goes: its own, its relations' targets, media
 * files, and through its components and dynamic zones theirs, transitively. Components are walked, not listed: they
 * are stored with the document that holds them.
 */
export function reachableTypes(uid: string, schemaOf: SchemaLookup): string[] {
  const types = new Set<string>([uid]);
  const seen = new Set<string>();
  const queue = [uid];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const attribute of Object.values(schemaOf(current)?.attributes ?? {})) {
      const next: string[] = [];
      if (attribute.type === 'relation' && attribute.target) next.push(attribute.target);
      if (attribute.type === 'media') next.push(MEDIA_UID);
      if (attribute.type === 'component' && attribute.component) next.push(attribute.component);
      if (attribute.type === 'dynamiczone') next.push(...(attribute.components ?? []));
      for (const type of next) {
        if (attribute.type === 'relation' || attribute.type === 'media') types.add(type);
        queue.push(type);
      }
    }
  }
  return [...types];
}
