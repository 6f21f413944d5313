export const PLUGIN_ID = 'image-policy';
export const ARTICLE_UID = 'api::article.article';

/** The newsroom's standard caption for its pixel-art placeholder (domain.md); configurable per newsroom. */
export const STANDARD_PLACEHOLDER_CAPTION =
  "Placeholder image. We use pixel art for placeholders - it's the one style AI can generate cleanly without the telltale uncanny artifacts. Honest about its origins, but still pleasant to look at.";
