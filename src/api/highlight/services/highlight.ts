import { factories } from '@strapi/strapi';
import { HIGHLIGHT_UID } from '#domain/uids';

export default factories.createCoreService(HIGHLIGHT_UID);
