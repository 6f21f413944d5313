import reviewFindingSchema from './review-finding/schema.json';
import scheduleSchema from './schedule/schema.json';
import sectionEditorSchema from './section-editor/schema.json';
import stageChangeSchema from './stage-change/schema.json';

export default {
  'stage-change': { schema: stageChangeSchema },
  'section-editor': { schema: sectionEditorSchema },
  'review-finding': { schema: reviewFindingSchema },
  schedule: { schema: scheduleSchema },
};
