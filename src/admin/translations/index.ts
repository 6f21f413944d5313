import en from './en.json';

/** The app's own admin messages (src/admin), by locale; plugins register theirs with registerTrads. */
export const appTranslations: Record<string, Record<string, string>> = { en };
