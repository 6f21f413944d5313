import articles from './articles';
import cache from './cache';
import factChecks from './fact-checks';
import feeds from './feeds';
import previews from './previews';

export default { articles, cache, factChecks, feeds, previews };
