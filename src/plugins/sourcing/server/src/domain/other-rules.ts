import type { GateFinding } from '../../../../../domain/finding';

/** The publish gates this plugin owns: their findings are the panel's own. */
const OWN_GATES = new Set(['sourcing', 'citations']);
/** Other plugins' rules that are about sources, e.g. a section that needs cited sources (editorial's category rule). */
const SOURCING_SIDE_CODES = new Set(['category-rule']);

export interface OtherRules {
  /** Findings of other plugins' rules about the document's sources: the Sourcing panel lists them as its own. */
  aboutSources: GateFinding[];
  /** Whether some other rule (the stage, the image policy…) refuses publishing too. */
  refuseElsewhere: boolean;
}

/**
 * Splits what would refuse a publish into what the Sourcing panel must show (so it never says "nothing blocks
 * publishing" while a rule about sources does) and whether anything else refuses. Pure: no Strapi import.
 */
export function otherRulesOnPublishing(refusals: readonly GateFinding[]): OtherRules {
  const others = refusals.filter((finding) => !OWN_GATES.has(finding.gate));
  const aboutSources = others.filter((finding) => SOURCING_SIDE_CODES.has(finding.code));
  return { aboutSources, refuseElsewhere: others.length > aboutSources.length };
}
