import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { KICKER_UID } from '#domain/uids';

export default factories.createCoreRouter(KICKER_UID, newsroomRouterConfig);
