import { factories } from '@strapi/strapi';
import { CATEGORY_UID } from '#domain/uids';

export default factories.createCoreService(CATEGORY_UID);
