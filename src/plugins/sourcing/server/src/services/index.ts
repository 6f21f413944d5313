import annotations from './annotations';
import articleSourcing from './article-sourcing';
import factCheckSourcing from './fact-check-sourcing';
import report from './report';
import sourceSearch from './source-search';
import sources from './sources';

export default { sources, sourceSearch, annotations, report, articleSourcing, factCheckSourcing };
