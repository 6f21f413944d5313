import type { Core } from '@strapi/strapi';
import { saveRequest } from '../guards/save-request';

export interface SaveTarget {
  api: 'content-api' | 'content-manager';
  uid: string;
  /** The fields the request sends: a Content API save's `data`, a Content Manager save's body. */
  data: unknown;
}

/** For the request guards: which type a request saves (Content API or Content Manager) and what it sends. */
export function saveTargets(strapi: Core.Strapi): (ctx: { method: string; path: string; request: { body?: unknown } }) => SaveTarget | undefined {
  const byPluralName = new Map<string, string>();
  const uidOf = (pluralName: string): string | undefined => {
    if (byPluralName.size === 0) {
      for (const [uid, type] of Object.entries(strapi.contentTypes)) if (uid.startsWith('api::')) byPluralName.set(type.info.pluralName, uid);
    }
    return byPluralName.get(pluralName);
  };
  return (ctx) => {
    const save = saveRequest(ctx.method, ctx.path, ctx.request.body);
    const uid = save && (save.api === 'content-api' ? uidOf(save.pluralName) : save.uid);
    return save && uid ? { api: save.api, uid, data: save.data } : undefined;
  };
}
