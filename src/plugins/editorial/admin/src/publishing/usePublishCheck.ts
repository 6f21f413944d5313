import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { PublishCheck } from '../../../server/src/domain/publish-check';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';

export type { PublishCheck };

const CHECKED: Record<string, string> = { [ARTICLE_UID]: 'articles', [FACT_CHECK_UID]: 'fact-checks' };

// The Publish button and the Publishing panel ask about the same saved version: one request answers both.
const asked = new Map<string, Promise<PublishCheck>>();

/** Told by the stage control after a move: the stage is no field of the form, so the document's version stays the same. */
export const STAGE_MOVED = 'editorial:stage-moved';
let moves = 0;

function useStageMoves(): number {
  const [seen, setSeen] = React.useState(moves);
  React.useEffect(() => {
    const moved = () => setSeen(moves);
    window.addEventListener(STAGE_MOVED, moved);
    return () => window.removeEventListener(STAGE_MOVED, moved);
  }, []);
  return seen;
}

/** Called by the stage control once a move is saved. */
export function stageMoved(): void {
  moves += 1;
  window.dispatchEvent(new Event(STAGE_MOVED));
}

/**
 * What would refuse publishing the saved draft (GET /editorial/publish-check/:type/:documentId), asked again after each
 * save. Null while it is asked, for a type without publish rules, or for a document not saved yet.
 */
export function usePublishCheck(model: string, documentId: string | undefined, version: string): { check: PublishCheck | null; error: string | null } {
  const { get } = useFetchClient();
  const [answer, setAnswer] = React.useState<{ key: string; check: PublishCheck | null; error: string | null }>({ key: '', check: null, error: null });
  const type = CHECKED[model];
  const stageMoves = useStageMoves();
  const key = type && documentId ? `${type}/${documentId}@${version}#${stageMoves}` : '';
  React.useEffect(() => {
    if (!key || !documentId) return undefined;
    let current = true;
    if (!asked.has(key)) {
      const request = get<{ data: PublishCheck }>(`/editorial/publish-check/${type}/${documentId}`).then(({ data }) => data.data);
      asked.set(key, request);
      // A failed request is not kept, so the next render asks again.
      request.catch(() => asked.delete(key));
    }
    (asked.get(key) as Promise<PublishCheck>).then(
      (check) => current && setAnswer({ key, check, error: null }),
      (reason: unknown) => current && setAnswer({ key, check: null, error: reason instanceof Error ? reason.message : String(reason) }),
    );
    return () => {
      current = false;
    };
  }, [get, key, type, documentId]);
  return answer.key === key ? { check: answer.check, error: answer.error } : { check: null, error: null };
}

/** Whether the Publish button must be off: a finding no edit can clear, or any finding while the form matches the saved draft. */
export function publishBlocked(check: PublishCheck | null, modified: boolean): boolean {
  if (!check) return false;
  return check.findings.some((finding) => finding.held) || (!modified && check.refused);
}
