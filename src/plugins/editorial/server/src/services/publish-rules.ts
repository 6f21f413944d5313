import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import type { Finding } from '../../../../../kernel/finding';
import { categoryFindings } from '../domain/category-rules';
import { kickerPublishProblem, type KickerState } from '../domain/kicker-state';
import { publishVerdict } from '../domain/stages';
import { editorialConfig } from '../utils';

export interface ArticleDraft {
  stage: string | null;
  kicker: { label: string; state: KickerState } | null;
  category: { slug: string; name: string } | null;
  sources: Array<{ isInternal: boolean | null }>;
}

export type PublishFinding = Finding<'stage-not-approved' | 'kicker-not-approved' | 'category-rule'>;

/** The editorial rules an article's draft must meet to be published: its stage, its kicker, its category's rules. */
const publishRules = ({ strapi }: { strapi: Core.Strapi }) => ({
  async draft(documentId: string): Promise<ArticleDraft | null> {
    return (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, publishedAt: null },
      select: ['stage'],
      populate: { kicker: { select: ['label', 'state'] }, category: { select: ['slug', 'name'] }, sources: { select: ['isInternal'] } },
    })) as ArticleDraft | null;
  },

  check(draft: ArticleDraft, options: { stage: boolean } = { stage: true }): PublishFinding[] {
    const config = editorialConfig(strapi);
    const stage = publishVerdict(config.stages, draft.stage);
    const kicker = kickerPublishProblem(draft.kicker);
    const citedSources = draft.sources.filter((source) => !source.isInternal).length;
    return [
      ...(stage.ok || !options.stage ? [] : [{ code: 'stage-not-approved' as const, path: ['stage'], message: stage.message }]),
      ...(kicker ? [{ code: 'kicker-not-approved' as const, path: ['kickerLabel'], message: kicker }] : []),
      ...categoryFindings(config.categoryRules, draft.category, { citedSources }),
    ];
  },

  /** What the rules other than the stage say of the article's draft; the importer reports these. */
  async findings(documentId: string): Promise<PublishFinding[]> {
    const draft = await this.draft(documentId);
    return draft ? this.check(draft, { stage: false }) : [];
  },
});

export default publishRules;
