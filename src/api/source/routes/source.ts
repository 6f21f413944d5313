import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '../../../utils/core-router';

export default factories.createCoreRouter('api::source.source', newsroomRouterConfig);
