import annotations from './annotations';
import report from './report';
import sources from './sources';

export default { annotations, report, sources };
