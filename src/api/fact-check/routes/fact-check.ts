import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '../../../kernel/core-router';

export default factories.createCoreRouter('api::fact-check.fact-check', newsroomRouterConfig);
