import type { Core } from '@strapi/strapi';
import { checkStyle } from '../domain/check';
import type { Advisory, StyleInput } from '../domain/types';
import { getService } from '../utils';

/** Checks a text against the house style with the newsroom's current settings. */
const check = ({ strapi }: { strapi: Core.Strapi }) => ({
  async advisories(input: StyleInput): Promise<Advisory[]> {
    return checkStyle(input, await getService(strapi, 'settings').get());
  },
});

export default check;
