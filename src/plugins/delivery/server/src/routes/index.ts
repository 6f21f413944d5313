const read = (path: string, handler: string) => ({
  method: 'GET',
  path,
  handler: `delivery.${handler}`,
  // Published content only, which every reader may see: nothing to authorize, and nothing here reads a draft.
  config: { auth: false },
});

// The link's signature is the permission: the Content Manager's iframe carries no admin credentials.
const preview = (path: string, handler: string) => ({ method: 'GET', path, handler: `previews.${handler}`, config: { auth: false } });

// Archive search answers published stories only, like the reads above.
const search = (path: string) => ({ method: 'GET', path, handler: 'search.find', config: { auth: false } });

export default {
  'content-api': {
    type: 'content-api',
    // Frontends read these beside the core routes (/api/articles/by-slug/…), not under /api/delivery.
    prefix: '',
    routes: [
      read('/articles/by-slug/:slug', 'article'),
      read('/articles/by-slug/:slug/jsonld', 'articleJsonLd'),
      read('/fact-checks/by-slug/:slug', 'factCheck'),
      read('/fact-checks/by-slug/:slug/jsonld', 'claimReview'),
      read('/categories/:slug/articles', 'categoryArticles'),
      read('/kickers/:slug/articles', 'kickerArticles'),
      read('/feeds/rss.xml', 'siteRss'),
      read('/feeds/feed.json', 'siteJsonFeed'),
      read('/feeds/categories/:slug/rss.xml', 'categoryRss'),
      read('/feeds/categories/:slug/feed.json', 'categoryJsonFeed'),
      read('/feeds/kickers/:slug/rss.xml', 'kickerRss'),
      read('/feeds/kickers/:slug/feed.json', 'kickerJsonFeed'),
      read('/corrections', 'corrections'),
      read('/corrections/rss.xml', 'correctionsRss'),
      read('/corrections/feed.json', 'correctionsJsonFeed'),
      read('/sitemap.xml', 'sitemap'),
      read('/news-sitemap.xml', 'newsSitemap'),
      { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false } },
      search('/search'),
      preview('/previews/articles/:documentId', 'article'),
      preview('/previews/fact-checks/:documentId', 'factCheck'),
    ],
  },
};
