import type { HighlightColour } from '../constants';
import type { ExtractedMark } from './extract-highlights';
import { asTyped } from './markdown/typography';

/**
 * anchored: found where it was; moved: found elsewhere after an edit; orphaned: its quote is gone from the body;
 * removed: its mark was taken away in a draft while readers still see it, until the article is next published.
 */
export type AnchorState = 'anchored' | 'moved' | 'orphaned' | 'removed';

/** A highlight as stored, reduced to what re-anchoring compares. */
export interface StoredHighlight {
  documentId: string;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
  colour: HighlightColour;
  linkUrl: string | null;
  anchorState: AnchorState;
  /** Whether readers see it (it has a published version). */
  published?: boolean;
}

export type HighlightFields = ExtractedMark & { anchorState: AnchorState };

export interface HighlightPlan {
  create: HighlightFields[];
  /** Highlights that keep their identity; `changes` holds only the fields that differ (empty: nothing to write). */
  update: Array<{ documentId: string; mark: ExtractedMark | null; changes: Partial<HighlightFields> }>;
  /**
   * Highlights whose mark was removed while its words stayed (the editor took the highlight away) that readers do not
   * see: deleted at once. One readers see is kept, `removed`, until the article is next published.
   */
  remove: string[];
}

const COMPARED = ['exact', 'prefix', 'suffix', 'start', 'end', 'colour', 'linkUrl'] as const;

function changesBetween(stored: StoredHighlight, mark: ExtractedMark): Partial<HighlightFields> {
  const changes: Partial<HighlightFields> = {};
  for (const field of COMPARED) {
    if ((stored[field] ?? null) !== (mark[field] ?? null)) Object.assign(changes, { [field]: mark[field] });
  }
  const repositioned = changes.start !== undefined || changes.exact !== undefined;
  if (repositioned) changes.anchorState = 'moved';
  else if (stored.anchorState === 'orphaned' || stored.anchorState === 'removed') changes.anchorState = 'anchored';
  return changes;
}

function closest(candidates: readonly StoredHighlight[], mark: ExtractedMark): StoredHighlight | undefined {
  const distance = (candidate: StoredHighlight) => Math.abs((candidate.start ?? 0) - mark.start);
  return candidates.reduce<StoredHighlight | undefined>((best, candidate) => (!best || distance(candidate) < distance(best) ? candidate : best), undefined);
}

/** The same quote re-worded inside its mark keeps its identity when the words around it are still the same. */
function sameSpot(stored: StoredHighlight, mark: ExtractedMark): boolean {
  return (!!stored.prefix && stored.prefix === mark.prefix) || (!!stored.suffix && stored.suffix === mark.suffix);
}

/**
 * Matches the marks now in a body with the highlights stored for it, so identities survive edits:
 * 1. a mark with the same quoted words is the same highlight (the nearest one when a quote repeats), re-positioned;
 * 2. a mark whose words changed but whose surroundings did not is the same highlight, re-worded;
 * 3. a stored highlight left without a mark is removed when its words are still in the body (the mark was taken
 *    away), and marked orphaned when they are not (the quote itself went, which an editor should see); one readers
 *    see is only marked removed, since a draft changes nothing readers see (the article's next publish removes it);
 * 4. any other mark is a new highlight.
 */
export function reconcileHighlights(stored: readonly StoredHighlight[], marks: readonly ExtractedMark[], text: string): HighlightPlan {
  const plan: HighlightPlan = { create: [], update: [], remove: [] };
  const unmatched = [...stored];
  const leftover: ExtractedMark[] = [];

  for (const mark of marks) {
    const match = closest(
      unmatched.filter((candidate) => candidate.exact === mark.exact),
      mark,
    );
    if (match) {
      unmatched.splice(unmatched.indexOf(match), 1);
      plan.update.push({ documentId: match.documentId, mark, changes: changesBetween(match, mark) });
    } else {
      leftover.push(mark);
    }
  }

  for (const mark of leftover) {
    const match = unmatched.find((candidate) => sameSpot(candidate, mark));
    if (match) {
      unmatched.splice(unmatched.indexOf(match), 1);
      plan.update.push({ documentId: match.documentId, mark, changes: changesBetween(match, mark) });
    } else {
      plan.create.push({ ...mark, anchorState: 'anchored' });
    }
  }

  for (const highlight of unmatched) {
    // The words of a mark are shown as typed, the same words without it with smart quotes and dashes: both as typed.
    const taken = asTyped(text).includes(asTyped(highlight.exact)) || highlight.anchorState === 'removed';
    if (taken && !highlight.published) plan.remove.push(highlight.documentId);
    else {
      const state: AnchorState = taken ? 'removed' : 'orphaned';
      const changes: Partial<HighlightFields> = highlight.anchorState === state ? {} : { anchorState: state };
      plan.update.push({ documentId: highlight.documentId, mark: null, changes });
    }
  }
  return plan;
}
