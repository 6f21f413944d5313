import type { Core } from '@strapi/strapi';
import { savesInProgress } from '../kernel/current-save';
import { findingsError } from '../kernel/errors';
import type { Step } from '../kernel/pipeline';
import { plainTextFindings, plainTextMessage, type FieldSchema } from './plain-text';

type Attributes = Record<string, FieldSchema>;

function componentAttributes(strapi: Core.Strapi) {
  return (uid: string): Attributes | undefined => strapi.components[uid as keyof typeof strapi.components]?.attributes as Attributes | undefined;
}

/**
 * Refuses HTML and control characters in the plain-text fields a caller sends. A save the app makes while handling
 * another (a highlight derived from an article's body, where `<b>` may be shown as code) is not the caller's: what the
 * caller sent was checked by the outer save, and the text the rows come from has its own rules.
 */
export const plainText: Step = {
  name: 'plain text',
  owner: 'app',
  run({ strapi, uid, data }) {
    if (!data || savesInProgress().length > 1) return;
    const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Attributes | undefined;
    if (!attributes) return;
    const findings = plainTextFindings(data, attributes, componentAttributes(strapi));
    if (findings.length === 0) return;
    throw findingsError(findings.map(({ path, problem }) => ({ code: problem, path, message: plainTextMessage(String(path[path.length - 1]), problem) })));
  },
};
