import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '#domain/uids';

export default factories.createCoreService(ARTICLE_UID);
