import fs from 'fs';
import path from 'path';

// The relation paths of the newsroom's types, read from their schema files, for the suites that probe every one.

const SRC = path.resolve(__dirname, '..', '..', 'src');

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  mappedBy?: string;
}

export interface Schema {
  uid: string;
  plural: string;
  attributes: Record<string, Attribute>;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** The types the Content API serves (those with routes), from their schema files, and the components they use. */
export function readSchemas(): { types: Map<string, Schema>; components: Map<string, Schema> } {
  const types = new Map<string, Schema>();
  for (const api of fs.readdirSync(path.join(SRC, 'api'))) {
    if (!fs.existsSync(path.join(SRC, 'api', api, 'routes'))) continue;
    for (const name of fs.readdirSync(path.join(SRC, 'api', api, 'content-types'))) {
      const schema = readJson(path.join(SRC, 'api', api, 'content-types', name, 'schema.json'));
      types.set(`api::${api}.${name}`, { uid: `api::${api}.${name}`, plural: schema.info.pluralName, attributes: schema.attributes });
    }
  }
  const components = new Map<string, Schema>();
  for (const category of fs.readdirSync(path.join(SRC, 'components'))) {
    for (const file of fs.readdirSync(path.join(SRC, 'components', category))) {
      const uid = `${category}.${path.basename(file, '.json')}`;
      components.set(uid, { uid, plural: uid, attributes: readJson(path.join(SRC, 'components', category, file)).attributes });
    }
  }
  return { types, components };
}

export interface RelationPath {
  root: Schema;
  /** Attribute names from the root, a component's name included (`citations.source`). */
  keys: string[];
  target: Schema;
}

/** Every relation path from every type, up to `maxHops` relations long, passing through components. */
export function relationPaths(types: Map<string, Schema>, components: Map<string, Schema>, maxHops = 2): RelationPath[] {
  const paths: RelationPath[] = [];
  const step = (root: Schema, keys: string[], attribute: Attribute, hops: number) => {
    const target = attribute.type === 'relation' && attribute.target ? types.get(attribute.target) : undefined;
    if (!target) return;
    paths.push({ root, keys, target });
    if (hops + 1 < maxHops) walk(root, target, keys, hops + 1);
  };
  const walk = (root: Schema, from: Schema, keys: string[], hops: number) => {
    for (const [key, attribute] of Object.entries(from.attributes)) {
      const component = attribute.type === 'component' && attribute.component ? components.get(attribute.component) : undefined;
      if (!component) step(root, [...keys, key], attribute, hops);
      else for (const [inner, innerAttribute] of Object.entries(component.attributes)) step(root, [...keys, key, inner], innerAttribute, hops);
    }
  };
  for (const root of types.values()) walk(root, root, [], 0);
  return paths;
}
