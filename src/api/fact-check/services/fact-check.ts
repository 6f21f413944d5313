import { factories } from '@strapi/strapi';
import { FACT_CHECK_UID } from '#domain/uids';

export default factories.createCoreService(FACT_CHECK_UID);
