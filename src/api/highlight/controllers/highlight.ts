import { factories } from '@strapi/strapi';
import { HIGHLIGHT_UID } from '#domain/uids';

export default factories.createCoreController(HIGHLIGHT_UID);
