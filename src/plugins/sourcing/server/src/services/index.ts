import annotations from './annotations';
import articleSourcing from './article-sourcing';
import factCheckSourcing from './fact-check-sourcing';
import report from './report';
import sources from './sources';

export default { sources, annotations, report, articleSourcing, factCheckSourcing };
