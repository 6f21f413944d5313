import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { SOURCE_UID } from '#domain/uids';

export default factories.createCoreRouter(SOURCE_UID, newsroomRouterConfig);
