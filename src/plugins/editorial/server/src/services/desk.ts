import type { Core } from '@strapi/strapi';
import type { Actor } from '../actor';
import { ACTIONS, ARTICLE_UID, CATEGORY_UID } from '../constants';
import { DESK_LIMIT, sectionFilter, stageLabel, unpublishedStages, waitingStages, type SectionScope } from '../domain/desk';
import { editorialConfig, getService } from '../utils';

/** One article on the dashboard: enough to recognise it and open it. */
export interface DeskEntry {
  documentId: string;
  title: string | null;
  stage: string | null;
  section: string | null;
  updatedAt: string;
}

/** What the dashboard's "In review" and "In my sections" widgets list for one user. */
export interface DeskView {
  inReview: DeskEntry[];
  mySections: { every: boolean; sections: string[]; entries: DeskEntry[] };
}

interface ArticleRow {
  documentId: string;
  title: string | null;
  stage: string | null;
  updatedAt: string | Date;
  category: { name: string | null } | null;
}

/** The newsroom's desk for the dashboard: articles waiting on an editor, and work in the sections the user edits. */
const desk = ({ strapi }: { strapi: Core.Strapi }) => {
  // Each document's draft row holds where it stands now; its published row is what readers see.
  async function drafts(where: Record<string, unknown>): Promise<DeskEntry[]> {
    const { stages } = editorialConfig(strapi);
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { ...where, publishedAt: null },
      select: ['documentId', 'title', 'stage', 'updatedAt'],
      populate: { category: { select: ['name'] } },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      limit: DESK_LIMIT,
    })) as ArticleRow[];
    return rows.map((row) => ({
      documentId: row.documentId,
      title: row.title,
      stage: stageLabel(stages, row.stage ?? stages[0].id),
      section: row.category?.name ?? null,
      updatedAt: new Date(row.updatedAt).toISOString(),
    }));
  }

  async function scopeOf(actor: Actor): Promise<SectionScope> {
    if (actor.can(ACTIONS.everySection) || !actor.user) return { every: true };
    return { every: false, slugs: await getService(strapi, 'categories').sectionsOf(actor.user.id) };
  }

  async function sectionNames(slugs: readonly string[]): Promise<string[]> {
    if (slugs.length === 0) return [];
    const rows = (await strapi.db.query(CATEGORY_UID).findMany({
      where: { slug: { $in: [...slugs] } },
      select: ['name'],
      orderBy: { name: 'asc' },
    })) as Array<{ name: string }>;
    return [...new Set(rows.map((row) => row.name))];
  }

  return {
    async view(actor: Actor): Promise<DeskView> {
      const { stages } = editorialConfig(strapi);
      const scope = await scopeOf(actor);
      const inSections = sectionFilter(scope);
      const [inReview, entries, sections] = await Promise.all([
        drafts({ stage: { $in: waitingStages(stages) } }),
        // A new article has no stage stored yet: it stands at the first.
        inSections ? drafts({ ...inSections, $or: [{ stage: { $in: unpublishedStages(stages) } }, { stage: null }] }) : Promise.resolve([]),
        scope.every ? Promise.resolve([]) : sectionNames(scope.slugs),
      ]);
      return { inReview, mySections: { every: scope.every, sections, entries } };
    },
  };
};

export default desk;
