import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
import { listCapMessage, listsOverCap, type CappedAttribute } from './list-caps';

/** Refuses a list longer than its schema's `max` on every save, drafts included, before any other guard walks it. */
export const listCaps: Step = {
  name: 'list caps',
  owner: 'app',
  run({ strapi, uid, data }) {
    if (!data) return;
    const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Record<string, CappedAttribute> | undefined;
    const over = attributes ? listsOverCap(data, attributes) : [];
    if (over.length > 0) throw findingsError(over.map((list) => ({ code: 'list-over-cap', path: [list.field], message: listCapMessage(list) })));
  },
};
