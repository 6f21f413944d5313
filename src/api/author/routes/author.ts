import { factories } from '@strapi/strapi';
import { newsroomRouterConfig } from '../../../kernel/core-router';

export default factories.createCoreRouter('api::author.author', newsroomRouterConfig);
