import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::fact-check.fact-check');
