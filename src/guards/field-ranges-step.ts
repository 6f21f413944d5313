import type { Core } from '@strapi/strapi';
import { findingsError } from '#kernel/errors';
import type { Step } from '#kernel/pipeline';
import { rangeFindings, type RangedFieldSchema } from './field-ranges';

type Attributes = Record<string, RangedFieldSchema>;

/** Refuses dates outside 1900–2200 and numbers outside their schema's limits, on every create and update. */
export const fieldRanges: Step = {
  name: 'dates and numbers in range',
  owner: 'app',
  run({ strapi, uid, data }) {
    if (!data) return;
    const attributes = strapi.getModel(uid as Parameters<Core.Strapi['getModel']>[0])?.attributes as Attributes | undefined;
    if (!attributes) return;
    const components = (component: string) => strapi.components[component as keyof typeof strapi.components]?.attributes as Attributes | undefined;
    const findings = rangeFindings(data, attributes, components);
    if (findings.length > 0) throw findingsError(findings);
  },
};
