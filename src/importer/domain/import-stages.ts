import { currentStage, publishedStage, requiredToPublish, type Stage } from '../../plugins/editorial/server/src/domain/stages';

export interface StageMove {
  from: string;
  to: string;
  /** Made by the import's approval (stages.approveImported), not by the publish that follows it. */
  byImport: boolean;
}

/**
 * The stage history a new article gets when the import publishes it, as approveImported and then the publish's
 * "stage follows publication" step write it: from the first stage to the one publishing requires (unless it already
 * is that one), then to "published". Pure: no Strapi import.
 */
export function publishedImportMoves(stages: readonly Stage[]): StageMove[] {
  const required = requiredToPublish(stages).id;
  const published = publishedStage(stages).id;
  const moves: StageMove[] = [];
  let stage = currentStage(stages, null).id;
  if (stage !== required && stage !== published) {
    moves.push({ from: stage, to: required, byImport: true });
    stage = required;
  }
  if (stage !== published) moves.push({ from: stage, to: published, byImport: false });
  return moves;
}

/**
 * The stage history of a post the old site published that a publish rule holds back as a draft: approved by the import
 * all the same (the newsroom published it), so once an editor fixes what the rule found, publishing is one step.
 */
export function heldImportMoves(stages: readonly Stage[]): StageMove[] {
  return publishedImportMoves(stages).filter((move) => move.byImport);
}
