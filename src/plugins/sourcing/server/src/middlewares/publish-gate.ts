import type { Core } from '@strapi/strapi';
import { findingsError } from '../errors';
import type { Finding } from '../domain/findings';
import { getService } from '../utils';

export interface SourcingCheck {
  /** What blocks publication of the saved draft. */
  findings: Finding[];
  /** The sources the draft cites, published before it so the published version can point at them. */
  citedSources: string[];
}

/** Refuses the publish while the draft has findings; otherwise publishes the cited sources, then the document. */
export async function publishWhenSourced(strapi: Core.Strapi, check: SourcingCheck, next: () => Promise<unknown>): Promise<unknown> {
  if (check.findings.length > 0) throw findingsError(check.findings);
  await getService(strapi, 'sources').publishDrafts(check.citedSources);
  return next();
}
