import { factories } from '@strapi/strapi';
import { KICKER_UID } from '#domain/uids';

export default factories.createCoreService(KICKER_UID);
