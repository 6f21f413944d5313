import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { ARTICLE_UID } from '#domain/uids';

export default factories.createCoreRouter(ARTICLE_UID, newsroomRouterConfig);
