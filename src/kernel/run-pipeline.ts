import type { Core } from '@strapi/strapi';
import { handedOnMemo, withinSave } from './current-save';
import type { DocumentContext, DocumentMiddleware } from './document-middleware';
import { findingsError } from './errors';
import { letPastGates } from './past-gates';
import type { Finding } from '#domain/finding';
import { isSaveAction, runsOn, saveMemo, type GateInput, type Owner, type Pipeline, type PublishGate, type Save, type Step } from './pipeline';
import { publishesOnSave, saveThenPublish } from './save-and-publish';
import { serverTiming } from './server-timing';
import { readStoredDraft, type StoredDraft } from './stored-draft';

type Next = () => Promise<unknown>;

function documentIdOf(value: unknown): string | undefined {
  const documentId = (value as { documentId?: unknown } | null)?.documentId;
  return typeof documentId === 'string' ? documentId : undefined;
}

/** Every gate's findings on the draft, gathered before any is reported: an editor sees all there is to fix at once. */
export async function gateFindings(gates: readonly PublishGate[], input: GateInput): Promise<Array<{ gate: PublishGate; findings: Finding[] }>> {
  const judged = [];
  for (const gate of gates) judged.push({ gate, findings: await gate.findings(input) });
  return judged.filter(({ findings }) => findings.length > 0);
}

async function passGates(gates: readonly PublishGate[], input: GateInput): Promise<void> {
  const started = performance.now();
  const judged = await gateFindings(gates, input);
  serverTiming(input.strapi, 'gates', performance.now() - started);
  if (judged.length === 0) return;
  const found = judged.flatMap(({ gate, findings }) => findings.map((finding) => ({ ...finding, gate: gate.name })));
  // The importer keeps what an old site published online; the findings go to the newsroom's review list instead.
  if (!letPastGates(input.uid, input.documentId, found))
    throw findingsError(
      judged.flatMap(({ findings }) => findings),
      judged[0].gate.lead,
    );
}

/**
 * Lets the requests waiting on the event loop go first between a save's steps. SQLite's driver is synchronous, so
 * without a pause a whole save runs as one block, and every reader who arrived meanwhile (most of them answered from
 * the cache in a fraction of a millisecond) waits for all of it.
 */
const yieldToReaders = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function runSteps(steps: readonly Step[], save: Save): Promise<void> {
  for (const step of steps) {
    if (!runsOn(step, save.action)) continue;
    await yieldToReaders();
    await step.run(save);
  }
}

/** One save, in the order its pipeline lists: guards, shaping, gates (on publish), the writes around the document's. */
async function runSave(pipeline: Pipeline, save: Save, next: Next): Promise<unknown> {
  await runSteps(pipeline.guards, save);
  await runSteps(pipeline.shape, save);
  if (save.action === 'publish' && save.documentId) {
    await passGates(pipeline.gates, { strapi: save.strapi, uid: save.uid, documentId: save.documentId, purpose: 'publish', memo: save.memo });
  }
  await runSteps(pipeline.beforeWrite, save);
  await yieldToReaders();
  save.result = await next();
  await yieldToReaders();
  save.documentId = documentIdOf(save.result) ?? save.documentId;
  if (save.documentId) await runSteps(pipeline.afterWrite, save);
  return save.result;
}

function saveOf(strapi: Core.Strapi, ctx: DocumentContext): Save {
  if (!isSaveAction(ctx.action)) throw new Error(`"${ctx.action}" is not a save.`);
  const { params } = ctx;
  const memo = (ctx.action === 'publish' && handedOnMemo(ctx.uid, params.documentId)) || saveMemo();
  let stored: Promise<StoredDraft | null> | undefined;
  const { documentId } = params;
  return {
    strapi,
    uid: ctx.uid,
    action: ctx.action,
    params,
    data: params.data,
    documentId,
    result: undefined,
    memo,
    stored: () => (stored ??= documentId ? readStoredDraft(strapi, ctx.uid, documentId) : Promise.resolve(null)),
  };
}

/** A pipeline without the steps and gates of plugins that are switched off in config/plugins.ts. */
export function enabledPart(strapi: Core.Strapi, pipeline: Pipeline): Pipeline {
  const enabled = ({ owner }: { owner: Owner }) => owner === 'app' || owner in strapi.plugins;
  return {
    ...pipeline,
    guards: pipeline.guards.filter(enabled),
    shape: pipeline.shape.filter(enabled),
    gates: pipeline.gates.filter(enabled),
    beforeWrite: pipeline.beforeWrite.filter(enabled),
    afterWrite: pipeline.afterWrite.filter(enabled),
  };
}

/**
 * The one document-service middleware of the app: every write to a newsroom type runs its pipeline, all of it in the
 * write's transaction, so a refusal at any step leaves no row anywhere. Steps write derived rows through the query
 * layer, not the document service, so a save runs its pipeline once. A type without a pipeline of its own runs
 * `otherTypes` when given.
 */
export function pipelineMiddleware(strapi: Core.Strapi, pipelines: readonly Pipeline[], otherTypes?: Pipeline): DocumentMiddleware {
  const declared = new Map(pipelines.map((pipeline) => [pipeline.uid, pipeline]));
  const active = new Map<string, Pipeline>();
  const pipelineFor = (uid: string): Pipeline | undefined => {
    const pipeline = declared.get(uid) ?? (otherTypes ? { ...otherTypes, uid } : undefined);
    if (!pipeline) return undefined;
    if (!active.has(uid)) active.set(uid, enabledPart(strapi, pipeline));
    return active.get(uid);
  };

  return (ctx, next) => {
    const pipeline = pipelineFor(ctx.uid);
    if (!pipeline || !isSaveAction(ctx.action)) return next();
    const current = saveOf(strapi, ctx);
    const save = (write: Next) => runSave(pipeline, current, write);
    return withinSave(ctx.uid, () =>
      strapi.db.transaction(() => (pipeline.publishes && publishesOnSave(ctx) ? saveThenPublish(strapi, ctx, save, next, current.memo) : save(next))),
    );
  };
}

/** What would keep a saved draft from being published, by the enabled gates of its type (the importer reports these). */
export async function reportFindings(strapi: Core.Strapi, pipelines: readonly Pipeline[], uid: string, documentId: string): Promise<Finding[]> {
  const pipeline = pipelines.find((candidate) => candidate.uid === uid);
  if (!pipeline) return [];
  const judged = await gateFindings(enabledPart(strapi, pipeline).gates, { strapi, uid, documentId, purpose: 'report', memo: saveMemo() });
  return judged.flatMap(({ findings }) => findings);
}
