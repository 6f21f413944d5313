import categories from './categories';
import corrections from './corrections';
import desk from './desk';
import kickers from './kickers';
import publishChecks from './publish-check';
import publishRules from './publish-rules';
import review from './review';
import scheduler from './scheduler';
import schedules from './schedules';
import stageList from './stage-list';
import stages from './stages';

export default { categories, corrections, desk, kickers, publishChecks, publishRules, review, scheduler, schedules, stageList, stages };
