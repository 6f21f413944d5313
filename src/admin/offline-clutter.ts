import type { WidgetArgs } from '@strapi/strapi/admin';

/**
 * Strapi's stock prompts an offline newsroom has no use for, switched off where Strapi 5.54 decides them (read from
 * @strapi/admin and @strapi/content-manager; docs/operations.md lists each switch).
 */

/** Stock home-page widgets listing every type's entries (Highlights included) or counting them: the desk widgets replace them. */
export const STOCK_WIDGETS = [
  'plugin::content-manager.last-edited-entries',
  'plugin::content-manager.last-published-entries',
  'plugin::content-manager.chart-entries',
];

const uidOf = (widget: Pick<WidgetArgs, 'id' | 'pluginId'>): string => (widget.pluginId ? `plugin::${widget.pluginId}.${widget.id}` : `global::${widget.id}`);

/**
 * Strapi means its "Project statistics" for super admins (its `roles`), but 5.54's home page does not enforce `roles`:
 * a reporter would see how many admins and API tokens exist. Held instead to those who may read both.
 */
const STATISTICS = 'plugin::admin.key-statistics';
const STATISTICS_PERMISSIONS = [{ action: 'admin::users.read' }, { action: 'admin::api-tokens.read' }];

/** The home page's widgets without the stock entry lists, and with the statistics kept to those who manage the install. */
export const newsroomWidgets = (widgets: WidgetArgs[]): WidgetArgs[] =>
  widgets
    .filter((widget) => !STOCK_WIDGETS.includes(uidOf(widget)))
    .map((widget) => (uidOf(widget) === STATISTICS ? { ...widget, permissions: STATISTICS_PERMISSIONS } : widget));

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/**
 * The guided tour ("Discover your application", "Deploy to Strapi Cloud") keeps its state in this key; `enabled: false`
 * is what its own "Close guided tour" button stores, and Strapi fills in the rest of the state from it.
 */
export const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';

export function closeGuidedTour(storage: Storage): void {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(storage.getItem(GUIDED_TOUR_KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    // Unreadable state is what Strapi itself would replace with a fresh one: start from nothing.
  }
  if (stored.enabled !== false) storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...stored, enabled: false }));
}

/**
 * The "new Media Library" banner shows until dismissed; Strapi stores the dismissal per Media Library flavour and per
 * project scope. The scope is the project's uuid, `false` once telemetry is disabled (as here, package.json), and
 * `undefined` while the panel has not yet asked the server: dismissed for each, the banner never shows.
 */
export function dismissMediaLibraryBanner(storage: Storage): void {
  for (const legacy of [true, false]) {
    for (const scope of ['false', 'undefined']) storage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
  }
}
