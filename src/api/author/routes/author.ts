import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { AUTHOR_UID } from '#domain/uids';

export default factories.createCoreRouter(AUTHOR_UID, newsroomRouterConfig);
