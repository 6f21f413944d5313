import categories from './categories';
import kickers from './kickers';
import publishRules from './publish-rules';
import stages from './stages';

export default { categories, kickers, publishRules, stages };
