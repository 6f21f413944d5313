import { factories } from '@strapi/strapi';
import { FACT_CHECK_UID } from '#domain/uids';

export default factories.createCoreController(FACT_CHECK_UID);
