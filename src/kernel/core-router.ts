/**
 * Route config shared by every newsroom content type: reads go through the draft-access policy, so a Content API
 * reader cannot ask for drafts.
 */
export const newsroomRouterConfig = {
  config: {
    find: { policies: ['global::draft-access'] },
    findOne: { policies: ['global::draft-access'] },
  },
};
