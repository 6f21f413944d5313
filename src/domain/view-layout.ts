/**
 * The Content Manager's edit and list views of the newsroom's types, as data (src/views/): labels an editor reads,
 * fields in the order a newsroom writes, derived data left out of the form. This module checks a layout against its
 * schema and turns it into the configuration the Content Manager stores. Pure: no Strapi import.
 */

/** How one field reads in the views. */
export interface FieldView {
  label: string;
  /** The help under the field; without one, the schema's description stays (src/domain/field-descriptions.ts). */
  hint?: string;
  /** The related type's field a relation is shown by (a highlight by its quote, a source by its title). */
  mainField?: string;
  /** Kept by the CMS on save: shown, not edited. */
  readOnly?: boolean;
}

export interface ViewLayout {
  uid: string;
  kind: 'content-type' | 'component';
  /** Raised when the layout changes: a stored view is replaced once per version (src/bootstrap/content-manager-views.ts). */
  version: number;
  /** The field a document is named by in lists and relation pickers, and the list's default order. */
  settings?: { mainField?: string; defaultSortBy?: string; defaultSortOrder?: 'ASC' | 'DESC' };
  fields: Record<string, FieldView>;
  /** The edit form, row by row: each field with its width out of 12. */
  edit: Array<Array<[field: string, size: number]>>;
  /** Fields out of the form, each with the reason. */
  hidden: Record<string, string>;
  /** The list view's columns (components have none). */
  list?: string[];
}

/** A schema attribute, as much of it as the views depend on. */
export interface LayoutAttribute {
  type: string;
  visible?: boolean;
}

// The Content Manager's widths: these types take the whole row, the rest may be resized up to 12.
const FULL_ROW = new Set(['component', 'dynamiczone', 'json', 'richtext', 'blocks']);
const ROW = 12;
// Lists cannot show these (the Content Manager refuses them as columns).
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks', 'component', 'media']);

/** What is wrong with a layout for this schema: each problem a sentence; empty when it fits. */
export function layoutProblems(layout: ViewLayout, attributes: Record<string, LayoutAttribute>): string[] {
  const problems: string[] = [];
  const placed = layout.edit.flat().map(([field]) => field);
  const named = [...placed, ...Object.keys(layout.hidden), ...Object.keys(layout.fields), ...(layout.list ?? [])];
  for (const field of new Set(named)) if (!attributes[field]) problems.push(`${layout.uid}: ${field} is not a field of the schema.`);
  for (const field of Object.keys(attributes)) {
    const times = placed.filter((name) => name === field).length + (field in layout.hidden ? 1 : 0);
    if (times === 0) problems.push(`${layout.uid}: ${field} is neither placed in the form nor hidden.`);
    if (times > 1) problems.push(`${layout.uid}: ${field} is placed more than once.`);
  }
  for (const field of new Set([...placed, ...(layout.list ?? [])])) {
    if (attributes[field] && !(field in layout.fields)) problems.push(`${layout.uid}: ${field} has no label.`);
  }
  for (const field of placed) {
    if (attributes[field]?.visible === false) problems.push(`${layout.uid}: ${field} is not visible to the Content Manager.`);
  }
  layout.edit.forEach((row, index) => {
    const width = row.reduce((sum, [, size]) => sum + size, 0);
    if (width > ROW) problems.push(`${layout.uid}: row ${index + 1} is ${width} wide, more than ${ROW}.`);
    for (const [field, size] of row) {
      const type = attributes[field]?.type;
      if (type && FULL_ROW.has(type) && size !== ROW) problems.push(`${layout.uid}: ${field} (${type}) takes the whole row.`);
      if (size < 1 || size > ROW) problems.push(`${layout.uid}: ${field} has width ${size}.`);
    }
  });
  for (const field of layout.list ?? []) {
    const type = attributes[field]?.type;
    if (type && NOT_LISTABLE.has(type)) problems.push(`${layout.uid}: ${field} (${type}) cannot be a list column.`);
  }
  return problems;
}

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };

/** What the Content Manager stores for a type: general settings, each field's view settings, the two layouts. */
export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[]; [other: string]: unknown };
  [other: string]: unknown;
}

/** The stored configuration with the layout applied over it; what the layout does not name is kept as stored. */
export function applyLayout(layout: ViewLayout, stored: ViewConfiguration): ViewConfiguration {
  const metadatas = { ...stored.metadatas };
  for (const [field, view] of Object.entries(layout.fields)) {
    const current = metadatas[field] ?? {};
    const edit: Record<string, unknown> = { ...current.edit, label: view.label };
    if (view.hint !== undefined) edit.description = view.hint;
    if (view.mainField !== undefined) edit.mainField = view.mainField;
    if (view.readOnly) edit.editable = false;
    metadatas[field] = { ...current, edit, list: { ...current.list, label: view.label } };
  }
  return {
    ...stored,
    settings: { ...stored.settings, ...layout.settings },
    metadatas,
    layouts: {
      ...stored.layouts,
      edit: layout.edit.map((row) => row.map(([name, size]) => ({ name, size }))),
      list: layout.list ?? stored.layouts.list,
    },
  };
}

/** The layouts whose stored version is not theirs: applied once per version, so an admin's later changes stay. */
export function layoutsToApply(layouts: readonly ViewLayout[], applied: Record<string, number>): ViewLayout[] {
  return layouts.filter((layout) => applied[layout.uid] !== layout.version);
}
