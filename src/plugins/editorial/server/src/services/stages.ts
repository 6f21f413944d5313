import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '#kernel/errors';
import type { Actor } from '../actor';
import { ACTIONS, ARTICLE_UID, CONTENT_MANAGER, IMPORT_APPROVAL, MESSAGES, STAGE_CHANGE_UID } from '../constants';
import { mayMoveCategory } from '../domain/approval';
import type { ReviewFinding } from '../domain/review';
import {
  currentStage,
  judgeMove,
  mayWorkIn,
  publishedStage,
  publishVerdict,
  requiredToPublish,
  stageAction,
  transitionTable,
  type Mover,
  type Stage,
} from '../domain/stages';
import { editorialConfig, getService } from '../utils';

export interface StageChange {
  from: string | null;
  to: string;
  note: string | null;
  userName: string | null;
  at: string;
}

export interface StageView {
  stage: Stage;
  stages: Stage[];
  /** Every move the stage control makes out of the current stage, with whether this actor may make it and why not. */
  moves: Array<{ to: string; label: string; allowed: boolean; message: string | null }>;
  /** Whether this actor may publish the article now, and why not. */
  publish: { allowed: boolean; message: string };
  history: StageChange[];
  /** What the rules found in the published article when the import kept it online (Needs review); empty otherwise. */
  review: ReviewFinding[];
}

interface ArticleRow {
  stage: string | null;
  category: { documentId: string; slug: string } | null;
}

interface ChangeRow {
  fromStage: string | null;
  toStage: string;
  note: string | null;
  userName: string | null;
  createdAt: string | Date;
}

/** What the stage control tells an editor about the Publish button. */
function publishability(stages: Stage[], stored: string | null, who: Mover, category: string | null, actor: Actor): StageView['publish'] {
  if (!actor.can(CONTENT_MANAGER.publish, ARTICLE_UID)) return { allowed: false, message: MESSAGES.mayNotPublish };
  const verdict = publishVerdict(stages, stored);
  if (!verdict.ok) return { allowed: false, message: verdict.message };
  if (!mayWorkIn(stages, publishedStage(stages).id, who, category)) return { allowed: false, message: MESSAGES.publishOutsideSections };
  return { allowed: true, message: MESSAGES.readyToPublish };
}

/** Editorial stages of articles: where an article stands, who may move it where, and the record of every move. */
const stages = ({ strapi }: { strapi: Core.Strapi }) => {
  const list = () => editorialConfig(strapi).stages;

  async function article(documentId: string): Promise<ArticleRow> {
    const row = (await strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, publishedAt: null },
      select: ['stage'],
      populate: { category: { select: ['documentId', 'slug'] } },
    })) as ArticleRow | null;
    if (!row) throw new errors.NotFoundError(MESSAGES.noArticle);
    return row;
  }

  async function mover(actor: Actor): Promise<Mover> {
    const everySection = actor.can(ACTIONS.everySection);
    const sections = everySection || !actor.user ? [] : await getService(strapi, 'categories').sectionsOf(actor.user.id);
    return { holds: actor.can, everySection: everySection || !actor.user, sections };
  }

  return {
    list,

    async history(documentId: string): Promise<StageChange[]> {
      const rows = (await strapi.db.query(STAGE_CHANGE_UID).findMany({
        where: { articleDocumentId: documentId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })) as ChangeRow[];
      return rows.map((row) => ({
        from: row.fromStage,
        to: row.toStage,
        note: row.note,
        userName: row.userName,
        at: row.createdAt instanceof Date ? row.createdAt.toISOString() : String(row.createdAt),
      }));
    },

    async view(documentId: string, actor: Actor): Promise<StageView> {
      const row = await article(documentId);
      const all = list();
      const stage = currentStage(all, row.stage);
      const who = await mover(actor);
      const category = row.category?.slug ?? null;
      const moves = transitionTable(all)
        .filter((move) => move.from === stage.id && (move.kind === 'forward' || move.kind === 'back'))
        .map((move) => {
          const verdict = judgeMove(all, { from: stage.id, to: move.to, mover: who, category });
          const label = all.find((candidate) => candidate.id === move.to)?.label ?? move.to;
          return { to: move.to, label, allowed: verdict.ok, message: verdict.ok ? null : verdict.message };
        });
      const publish = publishability(all, row.stage, who, category, actor);
      return {
        stage,
        stages: all,
        moves,
        publish,
        history: await this.history(documentId),
        review: await getService(strapi, 'review').forDocument(documentId),
      };
    },

    /** Whether the actor may publish the article now, and why not: the stage control's verdict on the Publish button. */
    async publishVerdict(documentId: string, actor: Actor): Promise<StageView['publish']> {
      const row = await article(documentId);
      return publishability(list(), row.stage, await mover(actor), row.category?.slug ?? null, actor);
    },

    /** Moves an article to another stage with the stage control: 400 for a move that does not exist, 403 for one not theirs. */
    /** `to` and `note` as the stage control's request schema reads them (controllers/inputs.ts). */
    async move(documentId: string, to: string, note: string | null, actor: Actor): Promise<StageView> {
      const row = await article(documentId);
      const verdict = judgeMove(list(), { from: row.stage ?? list()[0].id, to, mover: await mover(actor), category: row.category?.slug ?? null });
      // A PolicyError keeps its message on the way out; Strapi answers a ForbiddenError from a handler with a bare "Forbidden".
      if (!verdict.ok) throw verdict.reason === 'forbidden' ? new errors.PolicyError(verdict.message) : fieldError('to', verdict.message);
      await strapi.db.transaction(async () => {
        // Only from the stage read above: of two editors moving the article at once, the second is told, not overwritten.
        const { count } = await strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId, stage: row.stage }, data: { stage: to } });
        if (count === 0) throw fieldError('to', MESSAGES.movedMeanwhile);
        await this.record(documentId, currentStage(list(), row.stage).id, to, note, actor);
      });
      return this.view(documentId, actor);
    },

    /**
     * Sets the stage of every row of the article (draft and published alike) without touching its content, so a move
     * never marks the article as modified; used by publishing, unpublishing and the importer.
     */
    /** `stored`: the draft's stage when the caller has just read it (a publish's gates have). */
    async set(documentId: string, to: string, note: string | null, actor: Actor, stored?: { stage: string | null }): Promise<void> {
      const { stage } = stored ?? (await article(documentId));
      const from = currentStage(list(), stage).id;
      // A note is recorded even without a move: a scheduled publish of an article already marked published says so.
      if (from === to && stage === to) {
        if (note) await this.record(documentId, from, to, note, actor);
        return;
      }
      await strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId }, data: { stage: to } });
      if (from !== to || note) await this.record(documentId, from, to, note, actor);
    },

    async record(documentId: string, from: string | null, to: string, note: string | null, actor: Actor): Promise<void> {
      await strapi.db.query(STAGE_CHANGE_UID).create({
        data: { articleDocumentId: documentId, fromStage: from, toStage: to, note, userId: actor.user?.id ?? null, userName: actor.name },
      });
    },

    /** An archive post already went out to readers on the old site: it arrives approved, ready to publish. */
    async approveImported(documentId: string): Promise<void> {
      const required = requiredToPublish(list());
      const stage = await this.stageOf(documentId);
      if (stage.id === required.id || stage.id === publishedStage(list()).id) return;
      await this.set(documentId, required.id, IMPORT_APPROVAL.note, { user: null, name: IMPORT_APPROVAL.name, can: () => true });
    },

    /**
     * Articles published before the stages existed have no stage; they are marked published, so a correction to one is
     * not sent back through review. Drafts without a stage already read as the first stage.
     */
    async backfillPublished(): Promise<void> {
      const rows = (await strapi.db.query(ARTICLE_UID).findMany({
        where: { stage: null, publishedAt: { $notNull: true } },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      if (rows.length === 0) return;
      const documentIds = rows.map((row) => row.documentId);
      await strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId: { $in: documentIds } }, data: { stage: publishedStage(list()).id } });
    },

    /** Whether the actor may publish an article of this category: a section editor in their sections, others anywhere. */
    async mayPublishIn(actor: Actor, category: string | null): Promise<boolean> {
      return mayWorkIn(list(), publishedStage(list()).id, await mover(actor), category);
    },

    /** Whether a section editor may take an article from one category to another (`mayMoveCategory`). */
    async mayMoveCategory(actor: Actor, from: string | null, to: string | null): Promise<boolean> {
      return mayMoveCategory(await mover(actor), from, to);
    },

    /** Whether the actor may approve an article of this category themselves. */
    async mayApprove(actor: Actor, category: string | null): Promise<boolean> {
      const approved = requiredToPublish(list()).id;
      return actor.can(stageAction(approved)) && mayWorkIn(list(), approved, await mover(actor), category);
    },

    /** Whether the actor may approve articles somewhere but not in every section: whose category moves are checked. */
    isSectionApprover(actor: Actor): boolean {
      return actor.user !== null && !actor.can(ACTIONS.everySection) && actor.can(stageAction(requiredToPublish(list()).id));
    },

    async stageOf(documentId: string): Promise<Stage> {
      return currentStage(list(), (await article(documentId)).stage);
    },
  };
};

export default stages;
