import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { CATEGORY_UID } from '#domain/uids';

export default factories.createCoreRouter(CATEGORY_UID, newsroomRouterConfig);
