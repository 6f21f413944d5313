/**
 * The newsroom's content types by UID, named once: every module that names a type imports it from here, so a renamed
 * type is one edit and a misspelt one a compile error.
 */
export const ARTICLE_UID = 'api::article.article';
export const FACT_CHECK_UID = 'api::fact-check.fact-check';
export const SOURCE_UID = 'api::source.source';
export const HIGHLIGHT_UID = 'api::highlight.highlight';
export const CATEGORY_UID = 'api::category.category';
export const KICKER_UID = 'api::kicker.kicker';
export const AUTHOR_UID = 'api::author.author';
/** What the importer remembers of each post it brought in (its source path and hash), so a re-run is idempotent. */
export const IMPORT_RECORD_UID = 'api::import-record.import-record';
/** The plugins' own types: the editorial stage history and section editors, the image policy's overrides. */
export const STAGE_CHANGE_UID = 'plugin::editorial.stage-change';
export const SECTION_EDITOR_UID = 'plugin::editorial.section-editor';
export const REVIEW_FINDING_UID = 'plugin::editorial.review-finding';
/** Publish times set on articles and fact checks, and how each firing went. */
export const SCHEDULE_UID = 'plugin::editorial.schedule';
export const OVERRIDE_UID = 'plugin::image-policy.override';
/** One entry of an article's or fact check's corrections log (a component, `src/components/editorial/correction.json`). */
export const CORRECTION_COMPONENT = 'editorial.correction';
/** Strapi's media library file, which lead images are. */
export const FILE_UID = 'plugin::upload.file';
