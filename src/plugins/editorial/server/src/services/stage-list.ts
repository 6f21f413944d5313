import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { currentStage } from '../domain/stages';
import { editorialConfig } from '../utils';

/**
 * Stages for the Content Manager's list of articles. The stage is kept off the Content Manager's model (it moves only
 * with the stage control), so the list's Stage column and Stage filter read it here. The draft row holds it.
 */
const stageList = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Each listed article's stage id, by documentId. */
  async of(documentIds: readonly string[]): Promise<Record<string, string>> {
    if (documentIds.length === 0) return {};
    const stages = editorialConfig(strapi).stages;
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { documentId: { $in: [...documentIds] }, publishedAt: null },
      select: ['documentId', 'stage'],
    })) as Array<{ documentId: string; stage: string | null }>;
    return Object.fromEntries(rows.map((row) => [row.documentId, currentStage(stages, row.stage).id]));
  },

  /** The documentIds of the articles in a stage; an article never moved is in the first stage. */
  async documentIdsIn(stage: string): Promise<string[]> {
    const stages = editorialConfig(strapi).stages;
    if (!stages.some((known) => known.id === stage)) {
      const message = `stage is one of ${stages.map((known) => known.id).join(', ')}.`;
      throw new errors.ValidationError(message, { errors: [{ path: ['stage'], message, name: 'ValidationError' }] });
    }
    const where = stage === stages[0].id ? { $or: [{ stage }, { stage: { $null: true } }] } : { stage };
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({ where: { ...where, publishedAt: null }, select: ['documentId'] })) as Array<{
      documentId: string;
    }>;
    return rows.map((row) => row.documentId);
  },
});

export default stageList;
