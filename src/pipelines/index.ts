import type { Pipeline } from '../kernel/pipeline';
import { articlePipeline } from './article';
import { authorPipeline } from './author';
import { categoryPipeline } from './category';
import { factCheckPipeline } from './fact-check';
import { highlightPipeline } from './highlight';
import { kickerPipeline } from './kicker';
import { sourcePipeline } from './source';

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
