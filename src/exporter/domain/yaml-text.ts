import { Document, isPair, isScalar, parse, Scalar, visit } from 'yaml';

// Jekyll reads front matter as YAML 1.1, where `no`, `on` or `y` are booleans; a string that would not come back as
// itself there is quoted. Dates are the exception: written plain, Jekyll reads them as dates, which is what they are.
const DATE_KEYS = new Set(['date', 'last_modified_at']);

function readsBackAsItself(text: string): boolean {
  try {
    return parse(text, { schema: 'yaml-1.1' }) === text;
  } catch {
    return false;
  }
}

/**
 * A map as YAML that Jekyll (YAML 1.1) and the importer (YAML 1.2 core) both read back as the same data: no folded
 * lines, an empty value as an empty key (`image:`), as the newsroom's posts write it.
 */
export function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data, { schema: 'core' });
  visit(doc, {
    Scalar(key, node, path) {
      if (typeof node.value !== 'string') return;
      const parent = path[path.length - 1];
      if (key === 'value' && isPair(parent) && isScalar(parent.key) && DATE_KEYS.has(String(parent.key.value))) return;
      if (!readsBackAsItself(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, nullStr: '' });
}
