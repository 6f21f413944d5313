import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { HIGHLIGHT_UID } from '#domain/uids';

export default factories.createCoreRouter(HIGHLIGHT_UID, newsroomRouterConfig);
