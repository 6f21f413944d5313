import { factories } from '@strapi/strapi';
import { SOURCE_UID } from '#domain/uids';

export default factories.createCoreService(SOURCE_UID);
