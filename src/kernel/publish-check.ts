import type { Core } from '@strapi/strapi';
import type { GateFinding } from '#domain/finding';
import { saveMemo, type Pipeline } from './pipeline';
import { enabledPart, gateFindings } from './run-pipeline';

// The pipelines the app registered (src/index.ts): plugins ask through here, so none of them imports the app's list.
let registered: readonly Pipeline[] = [];

/** The app hands over its pipelines once, in register, with the middleware that runs them. */
export function checkPublishingWith(pipelines: readonly Pipeline[]): void {
  registered = pipelines;
}

/**
 * What would refuse publishing the saved draft now: every enabled gate of its type, asked as a publish asks them (the
 * stage included), each finding with the gate that made it. The admin panel shows these before the editor clicks
 * Publish; the same gates judge the click itself (run-pipeline.ts), so the two cannot disagree.
 */
export async function publishRefusals(strapi: Core.Strapi, uid: string, documentId: string): Promise<GateFinding[]> {
  const pipeline = registered.find((candidate) => candidate.uid === uid);
  if (!pipeline) return [];
  const judged = await gateFindings(enabledPart(strapi, pipeline).gates, { strapi, uid, documentId, purpose: 'publish', memo: saveMemo() });
  return judged.flatMap(({ gate, findings }) => findings.map((finding) => ({ ...finding, gate: gate.name })));
}
