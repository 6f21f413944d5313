import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::fact-check.fact-check');
