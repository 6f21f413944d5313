import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from '../../../../utils/document-middleware';
import config from './config';
import { sourceUrlMiddleware } from './source-middleware';

export default {
  config,
  register({ strapi }: { strapi: Core.Strapi }) {
    useDocumentMiddleware(strapi.documents, sourceUrlMiddleware(strapi));
  },
};
