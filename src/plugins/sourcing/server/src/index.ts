import type { Core } from '@strapi/strapi';
import { useDocumentMiddleware } from '../../../../utils/document-middleware';
import { publishThroughPublishAction } from '../../../../utils/publish-action';
import config from './config';
import { ARTICLE_UID, FACT_CHECK_UID } from './constants';
import controllers from './controllers';
import { showDerivedFieldsReadOnly } from './derived-fields';
import { articleSourcingMiddleware } from './middlewares/article-sourcing';
import { factCheckSourcingMiddleware } from './middlewares/fact-check-sourcing';
import { sanitizeTextMiddleware } from './middlewares/sanitize-text';
import routes from './routes';
import services from './services';
import { sourceUrlMiddleware } from './middlewares/source-url';

export default {
  config,
  controllers,
  routes,
  services,
  register({ strapi }: { strapi: Core.Strapi }) {
    // First, so that every later middleware sees REST's "save and publish" as a save followed by a publish.
    useDocumentMiddleware(strapi.documents, publishThroughPublishAction(strapi, [ARTICLE_UID, FACT_CHECK_UID]));
    useDocumentMiddleware(strapi.documents, sourceUrlMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, sanitizeTextMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, articleSourcingMiddleware(strapi));
    useDocumentMiddleware(strapi.documents, factCheckSourcingMiddleware(strapi));
    showDerivedFieldsReadOnly(strapi);
  },
};
