/**
 * Something that keeps a document from being published (or, for a guard, from being saved), pinned to the field the
 * admin panel marks. Every gate and guard speaks this one shape, so one conversion turns any set of them into the
 * `ValidationError` Strapi answers with 400. Pure: no Strapi import.
 */
export interface Finding<Code extends string = string> {
  code: Code;
  path: Array<string | number>;
  message: string;
}

/** The message a refusal leads with: the first finding, and how many more there are to fix. */
export function findingsSummary(findings: readonly Finding[], lead?: string): string {
  const [first] = findings;
  if (!first) return 'Nothing to fix.';
  const more = findings.length - 1;
  const message = lead ? `${lead}: ${first.message}` : first.message;
  return more === 0 ? message : `${message} (and ${more} more problem${more > 1 ? 's' : ''} to fix)`;
}

/** A finding with the name of the publish gate that made it, so a list can be grouped and filtered by rule. */
export interface GateFinding extends Finding {
  gate: string;
}
