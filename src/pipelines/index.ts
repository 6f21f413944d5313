import { editVersion } from '../guards/edit-version-step';
import { definePipeline, type Pipeline } from '#kernel/pipeline';
import { articlePipeline } from './article';
import { authorPipeline } from './author';
import { categoryPipeline } from './category';
import { factCheckPipeline } from './fact-check';
import { highlightPipeline } from './highlight';
import { kickerPipeline } from './kicker';
import { sourcePipeline } from './source';

/**
 * Every other type a save may name (a reader's account, an import record, a plugin's own types): the stale-copy check
 * only, which the Content Manager asks of every edit.
 */
export const otherTypesPipeline = definePipeline({ uid: '*', guards: [editVersion] });

/** Every newsroom type's save pipeline; the app registers them as its one document-service middleware. */
export const PIPELINES: readonly Pipeline[] = [
  articlePipeline,
  factCheckPipeline,
  sourcePipeline,
  highlightPipeline,
  kickerPipeline,
  categoryPipeline,
  authorPipeline,
];
