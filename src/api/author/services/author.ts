import { factories } from '@strapi/strapi';
import { AUTHOR_UID } from '#domain/uids';

export default factories.createCoreService(AUTHOR_UID);
