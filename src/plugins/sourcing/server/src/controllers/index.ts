import annotations from './annotations';
import report from './report';

export default { annotations, report };
