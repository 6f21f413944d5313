type Messages = Record<string, string>;

/** Each locale a panel is translated into, and how to load its file (Vite bundles each as its own chunk). */
export type TranslationFiles = Record<string, () => Promise<{ default: Messages }>>;

/**
 * A plugin's `registerTrads`: the messages of each locale the admin panel offers that the plugin has a file for. A
 * locale without one shows the English `defaultMessage`s. The files hold whole ids (`editorial.widget…`), as the
 * sources write them (scripts/messages.js writes en.json from them).
 */
export function registerTradsFrom(files: TranslationFiles) {
  return async ({ locales }: { locales: string[] }): Promise<Array<{ data: Messages; locale: string }>> =>
    Promise.all(locales.filter((locale) => locale in files).map(async (locale) => ({ data: (await files[locale]()).default, locale })));
}
