export const PLUGIN_ID = 'sourcing';
export const FACT_CHECK_UID = 'api::fact-check.fact-check';
