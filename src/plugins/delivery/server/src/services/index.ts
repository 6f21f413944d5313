import articles from './articles';
import cache from './cache';
import factChecks from './fact-checks';
import feeds from './feeds';

export default { articles, cache, factChecks, feeds };
