/**
 * Resolves an address from the newsroom's previous site (`/2026/02/19/kfor-downscaling/`) to the published article the
 * importer made from it, so a frontend can redirect old links. Registered before the core routes, so "by-permalink"
 * is not read as a documentId.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/by-permalink',
      handler: 'api::article.article.byPermalink',
      config: { auth: false },
    },
  ],
};
