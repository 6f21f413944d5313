import articles from './articles';
import cache from './cache';
import corrections from './corrections';
import factChecks from './fact-checks';
import feeds from './feeds';
import previews from './previews';
import search from './search';

export default { articles, cache, corrections, factChecks, feeds, previews, search };
