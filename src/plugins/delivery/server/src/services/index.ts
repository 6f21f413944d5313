import articles from './articles';
import cache from './cache';
import corrections from './corrections';
import factChecks from './fact-checks';
import feeds from './feeds';
import openapi from './openapi';
import previews from './previews';
import purgers from './purgers';
import search from './search';

export default { articles, cache, corrections, factChecks, feeds, openapi, previews, purgers, search };
