/**
 * A kicker's series page for frontends: its published articles, newest first. Registered before the core routes so
 * the slug segment is not taken for a kicker's documentId.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/kickers/:slug/articles',
      handler: 'api::kicker.kicker.articles',
      config: { auth: false },
    },
  ],
};
