import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '#kernel/errors';
import { exclusively } from '#kernel/exclusive';
import type { Actor } from '../actor';
import { ARTICLE_UID, CORRECTIONS_FIELD, correctionsLock, FACT_CHECK_UID, MESSAGES } from '../constants';
import { correctionNote, type CorrectionKind } from '../domain/corrections';
import { publishedStage } from '../domain/stages';
import { getService } from '../utils';

export type CorrectedUid = typeof ARTICLE_UID | typeof FACT_CHECK_UID;

interface Entry {
  id?: number;
  key: string | null;
  kind: string;
  text: string;
  date: string | null;
  madeBy?: string | null;
}

interface Versioned {
  documentId: string;
  corrections?: Entry[];
}

/**
 * Adding a correction to a published story: one action, which appends the entry to the draft's log and publishes the
 * document through the document service, so the save's pipeline stamps the entry and every publish gate judges the
 * draft (a refusal is its 400 with the findings, and nothing is kept). An article's `dateModified` moves, and its
 * stage history says what was published.
 */
const corrections = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: CorrectedUid) => strapi.documents(uid as UID.ContentType);

  async function find(uid: CorrectedUid, documentId: string, status: 'draft' | 'published'): Promise<Versioned | null> {
    const found = await documents(uid).findOne({ documentId, status, fields: ['documentId'], populate: { [CORRECTIONS_FIELD]: true } } as never);
    return (found as unknown as Versioned | null) ?? null;
  }

  return {
    async add(uid: CorrectedUid, documentId: string, entry: { kind: CorrectionKind; text: string }, actor: Actor): Promise<Entry[]> {
      if (!(await find(uid, documentId, 'draft'))) throw new errors.NotFoundError(MESSAGES.noStory);
      if (!(await find(uid, documentId, 'published'))) throw fieldError(CORRECTIONS_FIELD, MESSAGES.correctUnpublished);
      // The draft's log is read under the lock its save takes, so a correction added meanwhile is kept, not written over.
      await exclusively(strapi, correctionsLock(documentId), async () => {
        const draft = await find(uid, documentId, 'draft');
        // Every entry goes back with its key, as the rule asks of any save; the new one has none, so the server stamps it.
        const kept = (draft?.corrections ?? []).map(({ id, key, kind, text }) => ({ id, key, kind, text }));
        const data = { [CORRECTIONS_FIELD]: [...kept, entry], ...(uid === ARTICLE_UID ? { dateModified: new Date().toISOString() } : {}) };
        await documents(uid).update({ documentId, data } as never);
        await documents(uid).publish({ documentId } as never);
        if (uid !== ARTICLE_UID) return;
        const stages = getService(strapi, 'stages');
        const published = publishedStage(stages.list()).id;
        await stages.record(documentId, published, published, correctionNote(entry.kind, entry.text), actor);
      });
      const published = await find(uid, documentId, 'published');
      return published?.corrections ?? [];
    },
  };
};

export default corrections;
