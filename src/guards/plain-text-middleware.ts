import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentMiddleware } from '../utils/document-middleware';
import { plainTextFindings, plainTextMessage, type FieldSchema } from './plain-text';

type Attributes = Record<string, FieldSchema>;

/** Refuses HTML and control characters in the plain-text fields of the newsroom's own types, on every save. */
export function plainTextMiddleware(strapi: Core.Strapi): DocumentMiddleware {
  const componentAttributes = (uid: string): Attributes | undefined =>
    strapi.components[uid as keyof typeof strapi.components]?.attributes as Attributes | undefined;
  return async (ctx, next) => {
    const data = ctx.params.data;
    if (!ctx.uid.startsWith('api::') || (ctx.action !== 'create' && ctx.action !== 'update') || !data) return next();
    const attributes = strapi.getModel(ctx.uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Attributes | undefined;
    if (!attributes) return next();
    const findings = plainTextFindings(data, attributes, componentAttributes);
    if (findings.length > 0) {
      const details = findings.map(({ path, problem }) => {
        const message = plainTextMessage(String(path[path.length - 1]), problem);
        return { path: path.map(String), message, name: 'ValidationError' };
      });
      throw new errors.ValidationError(details[0].message, { errors: details });
    }
    return next();
  };
}
