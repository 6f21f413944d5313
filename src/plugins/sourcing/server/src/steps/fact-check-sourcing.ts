import type { PublishGate, Save, Step } from '#kernel/pipeline';
import { getService } from '../utils';

const factCheckSourcing = ({ strapi }: Save) => getService(strapi, 'factCheckSourcing');

/** Before the write: an empty citation for every number the text cites that the list lacks, in number order. */
export const completeCitations: Step = {
  name: 'complete the citation list',
  owner: 'sourcing',
  async run(save) {
    if (save.data) await factCheckSourcing(save).completeCitations(save.data, save.action === 'update' ? save.documentId : undefined);
  },
};

/** After the write: the fact check's list of sources is the sources its citations stand for. */
export const linkCitedSources: Step = {
  name: 'list the cited sources',
  owner: 'sourcing',
  async run(save) {
    if (save.documentId) await factCheckSourcing(save).linkSources(save.documentId);
  },
};

/** Refused while the citations do not hold together (see citationFindings). */
export const citationsGate: PublishGate = {
  name: 'citations',
  owner: 'sourcing',
  findings: async ({ strapi, documentId }) => (await getService(strapi, 'factCheckSourcing').check(documentId)).findings,
};

/** The cited sources go out before the fact check, so its published version can point at them. */
export const publishFactCheckSources: Step = {
  name: 'publish the cited sources',
  owner: 'sourcing',
  actions: ['publish'],
  async run(save) {
    if (!save.documentId) return;
    const { citedSources } = await factCheckSourcing(save).check(save.documentId);
    await getService(save.strapi, 'sources').publishDrafts(citedSources);
  },
};
