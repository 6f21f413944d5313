import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
import { plainTextFindings, plainTextMessage, type FieldSchema } from './plain-text';

type Attributes = Record<string, FieldSchema>;

function componentAttributes(strapi: Core.Strapi) {
  return (uid: string): Attributes | undefined => strapi.components[uid as keyof typeof strapi.components]?.attributes as Attributes | undefined;
}

/**
 * Refuses HTML, control characters, direction overrides and broken characters in the plain-text fields of every document-service save, a kicker proposed by an
 * article's save included. The rows derived from a body (a highlight's quote and context, where `<b>` may be shown as
 * code) are written through the query layer, not saved: the body they come from has its own rules.
 */
export const plainText: Step = {
  name: 'plain text',
  owner: 'app',
  run({ strapi, uid, data }) {
    if (!data) return;
    const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Attributes | undefined;
    if (!attributes) return;
    const findings = plainTextFindings(data, attributes, componentAttributes(strapi));
    if (findings.length === 0) return;
    throw findingsError(
      findings.map(({ path, problem, value }) => ({ code: problem, path, message: plainTextMessage(String(path[path.length - 1]), problem, value) })),
    );
  },
};
