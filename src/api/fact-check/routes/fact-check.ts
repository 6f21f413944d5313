import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '#kernel/core-router';
import { FACT_CHECK_UID } from '#domain/uids';

export default factories.createCoreRouter(FACT_CHECK_UID, newsroomRouterConfig);
