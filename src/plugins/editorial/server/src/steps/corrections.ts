import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import { fieldError, findingsError } from '#kernel/errors';
import { lockAll } from '#kernel/exclusive';
import type { Step } from '#kernel/pipeline';
import { currentActor } from '../actor';
import { CORRECTION_COMPONENT, CORRECTIONS_FIELD, correctionsLock } from '../constants';
import { isCorrectionKind, onRecord, reconcileCorrections, type CorrectionEntry, type SentEntry } from '../domain/corrections';

interface StoredEntry {
  id: number;
  key: string | null;
  kind: string;
  text: string | null;
  date: string | Date | null;
  madeBy: string | null;
  firstPublished: string | Date | null;
}

interface Version {
  publishedAt: string | Date | null;
  corrections?: StoredEntry[];
}

const iso = (date: string | Date | null): string => (date instanceof Date ? date.toISOString() : date ? new Date(date).toISOString() : '');

/** Stored rows as the rule reads them; a row without a key (written underneath the server) cannot be named, so is left out. */
function entriesOf(version: Version | undefined): CorrectionEntry[] {
  return (version?.corrections ?? [])
    .filter((row): row is StoredEntry & { key: string } => typeof row.key === 'string' && row.key !== '' && isCorrectionKind(row.kind))
    .map((row) => ({
      key: row.key,
      kind: row.kind as CorrectionEntry['kind'],
      text: row.text ?? '',
      date: iso(row.date),
      madeBy: row.madeBy,
      firstPublished: row.firstPublished === null ? null : iso(row.firstPublished),
    }));
}

/** The draft and published versions' logs, read together. */
async function storedCorrections(strapi: Core.Strapi, uid: string, documentId: string): Promise<{ stored: CorrectionEntry[]; published: CorrectionEntry[] }> {
  // Held until the save commits: two saves of one log (two editors adding a correction) take turns, the second
  // reading what the first wrote instead of writing over it.
  await lockAll(strapi, [correctionsLock(documentId)]);
  const versions = (await strapi.db.query(uid as never).findMany({
    where: { documentId },
    select: ['publishedAt'],
    populate: { [CORRECTIONS_FIELD]: true },
  })) as Version[];
  const stored = versions.flatMap(entriesOf);
  return { stored, published: onRecord(entriesOf(versions.find((version) => version.publishedAt !== null)), stored) };
}

/*
 * The corrections log's steps are the app's own, though its rule and panel are the editorial plugin's: switching the
 * plugin off (PLUGINS_DISABLED) takes the panel away, not the promise that a published correction stays on the record
 * and that the server dates and signs each entry (as body sanitizing stays). They need nothing of the plugin's at run
 * time.
 */

/**
 * A save that sends the corrections log keeps the published entries as they were published, and the server stamps
 * every entry's key, date and author (src/plugins/editorial/server/src/domain/corrections.ts). A save without the
 * field leaves the log as stored.
 */
export const correctionsLog: Step = {
  name: 'corrections log',
  owner: 'app',
  async run({ strapi, uid, documentId, data }) {
    if (!data || !(CORRECTIONS_FIELD in data)) return;
    const sent = data[CORRECTIONS_FIELD] ?? [];
    if (!Array.isArray(sent) || !sent.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
      throw fieldError(CORRECTIONS_FIELD, 'Send the corrections log as a list of entries.');
    }
    const { stored, published } = documentId ? await storedCorrections(strapi, uid, documentId) : { stored: [], published: [] };
    // No request behind the save: the server's own code (the importer) is writing, and brings an old note's date.
    const ownSave = strapi.requestContext.get() === undefined;
    const stamp = { now: new Date().toISOString(), madeBy: currentActor(strapi).name, newKey: createId, ownSave };
    const { entries, findings } = reconcileCorrections(sent as SentEntry[], stored, published, stamp);
    if (findings.length > 0) throw findingsError(findings);
    data[CORRECTIONS_FIELD] = entries;
  },
};

/**
 * On publish, the draft's entries not yet on the record are stamped with the publish's time before Strapi copies them
 * into the published version: from then on they are on the record, whether or not the story stays published.
 */
export const correctionsOnRecord: Step = {
  name: 'corrections go on the record',
  owner: 'app',
  actions: ['publish'],
  async run({ strapi, uid, documentId }) {
    if (!documentId) return;
    const draft = (await strapi.db.query(uid as never).findOne({
      where: { documentId, publishedAt: null },
      select: ['id'],
      populate: { [CORRECTIONS_FIELD]: { select: ['id', 'firstPublished'] } },
    })) as { corrections?: Array<Pick<StoredEntry, 'id' | 'firstPublished'>> } | null;
    const ids = (draft?.corrections ?? []).filter((entry) => entry.firstPublished === null).map((entry) => entry.id);
    if (ids.length === 0) return;
    await strapi.db.query(CORRECTION_COMPONENT as never).updateMany({ where: { id: { $in: ids } }, data: { firstPublished: new Date() } });
  },
};

/**
 * A duplicate is a story never published: the entries it copies are not on the record there, so its editor may drop
 * or fix them (Strapi's clone merges a sent log into the copied one, so the copy cannot be emptied on the way in).
 */
export const copiedCorrectionsOffRecord: Step = {
  name: 'copied corrections are off the record',
  owner: 'app',
  actions: ['clone'],
  async run({ strapi, uid, documentId }) {
    if (!documentId) return;
    const copy = (await strapi.db.query(uid as never).findOne({
      where: { documentId, publishedAt: null },
      select: ['id'],
      populate: { [CORRECTIONS_FIELD]: { select: ['id'] } },
    })) as { corrections?: Array<Pick<StoredEntry, 'id'>> } | null;
    const ids = (copy?.corrections ?? []).map((entry) => entry.id);
    if (ids.length > 0) await strapi.db.query(CORRECTION_COMPONENT as never).updateMany({ where: { id: { $in: ids } }, data: { firstPublished: null } });
  },
};
