import categories from './categories';
import kickers from './kickers';
import publishRules from './publish-rules';
import review from './review';
import stages from './stages';

export default { categories, kickers, publishRules, review, stages };
