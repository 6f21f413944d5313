import type { Core } from '@strapi/strapi';
import type { DocumentContext } from '#kernel/document-middleware';
import { savesInProgress } from '#kernel/current-save';
import { definePipeline, type Owner, type PublishGate, type Step } from '#kernel/pipeline';
import { pipelineMiddleware } from '#kernel/run-pipeline';

const UID = 'api::article.article';

/** The part of Strapi the runner uses: transactions, the loaded plugins, and the document service it publishes with. */
function fakeStrapi(plugins: string[], calls: string[], headers: string[] = []) {
  const strapi = {
    plugins: Object.fromEntries(plugins.map((name) => [name, {}])),
    requestContext: { get: () => ({ append: (field: string, value: string) => headers.push(`${field}: ${value}`) }) },
    db: { transaction: (work: () => Promise<unknown>) => work() },
    documents: () => ({
      publish: async ({ documentId }: { documentId: string }) => {
        calls.push(`publish ${documentId}`);
        return middleware({ uid: UID, action: 'publish', params: { documentId } }, async () => {
          calls.push('write publish');
          return { documentId };
        });
      },
      findOne: async () => ({ documentId: 'd1', status: 'published' }),
    }),
  };
  let middleware: ReturnType<typeof pipelineMiddleware>;
  const use = (pipeline: ReturnType<typeof definePipeline>) => {
    middleware = pipelineMiddleware(strapi as unknown as Core.Strapi, [pipeline]);
    return middleware;
  };
  return { use };
}

const step = (name: string, calls: string[], owner: Owner = 'app', actions?: Step['actions']): Step => ({
  name,
  owner,
  actions,
  run: (save) => {
    calls.push(`${name} ${save.action}`);
  },
});

const gate = (name: string, owner: Owner, codes: string[]): PublishGate => ({
  name,
  owner,
  findings: async () => codes.map((code) => ({ code, path: [code], message: `${name}: ${code}` })),
});

const save = (action: string, params: DocumentContext['params'] = {}): DocumentContext => ({ uid: UID, action, params });

describe('The pipeline runner', () => {
  it('runs guards, shaping, the writes before, the write itself and the writes after, in that order', async () => {
    const calls: string[] = [];
    const run = fakeStrapi([], calls).use(
      definePipeline({
        uid: UID,
        guards: [step('guard', calls)],
        shape: [step('shape', calls)],
        beforeWrite: [step('before', calls)],
        afterWrite: [step('after', calls)],
      }),
    );
    await run(save('create', { data: {} }), async () => {
      calls.push('write');
      return { documentId: 'd1' };
    });
    expect(calls).toEqual(['guard create', 'shape create', 'before create', 'write', 'after create']);
  });

  it('writes nothing when a guard refuses', async () => {
    const calls: string[] = [];
    const refuse: Step = { name: 'refuse', owner: 'app', run: () => Promise.reject(new Error('no')) };
    const run = fakeStrapi([], calls).use(definePipeline({ uid: UID, guards: [refuse], beforeWrite: [step('before', calls)] }));
    await expect(run(save('update', { documentId: 'd1', data: {} }), async () => calls.push('write'))).rejects.toThrow('no');
    expect(calls).toEqual([]);
  });

  it('reports every gate’s findings together and publishes nothing', async () => {
    const calls: string[] = [];
    const run = fakeStrapi(['editorial', 'image-policy'], calls).use(
      definePipeline({ uid: UID, gates: [gate('editorial', 'editorial', ['stage']), gate('image policy', 'image-policy', ['caption', 'credit'])] }),
    );
    const refusal = run(save('publish', { documentId: 'd1' }), async () => calls.push('write'));
    await expect(refusal).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [{ path: ['stage'] }, { path: ['caption'] }, { path: ['credit'] }] },
    });
    expect(calls).toEqual([]);
  });

  it('leaves out the steps and gates of a plugin that is switched off, and keeps every other one', async () => {
    const calls: string[] = [];
    const run = fakeStrapi(['sourcing'], calls).use(
      definePipeline({
        uid: UID,
        guards: [
          step('app guard', calls, 'app', ['create', 'publish']),
          step('editorial guard', calls, 'editorial', ['create', 'publish']),
          step('sourcing guard', calls, 'sourcing', ['create', 'publish']),
        ],
        gates: [gate('editorial', 'editorial', ['stage'])],
      }),
    );
    await run(save('create', { data: {} }), async () => ({ documentId: 'd1' }));
    await run(save('publish', { documentId: 'd1' }), async () => ({ documentId: 'd1' }));
    expect(calls).toEqual(['app guard create', 'sourcing guard create', 'app guard publish', 'sourcing guard publish']);
  });

  it('turns a save that also publishes into a draft save followed by a real publish, which the gates judge', async () => {
    const calls: string[] = [];
    const run = fakeStrapi([], calls).use(
      definePipeline({ uid: UID, publishes: true, guards: [step('guard', calls, 'app', ['create', 'update', 'publish'])], gates: [gate('stage', 'app', [])] }),
    );
    const params: DocumentContext['params'] = { data: {}, status: 'published' };
    const answer = await run(save('create', params), async () => {
      calls.push(`write ${params.status}`);
      return { documentId: 'd1' };
    });
    expect(calls).toEqual(['guard create', 'write draft', 'publish d1', 'guard publish', 'write publish']);
    expect(answer).toEqual({ documentId: 'd1', status: 'published' });
  });

  it('runs the pipeline for other types on a type without one of its own, and nothing on reads', async () => {
    const calls: string[] = [];
    const strapi = { plugins: {}, requestContext: { get: () => undefined }, db: { transaction: (work: () => Promise<unknown>) => work() } };
    const other = definePipeline({ uid: '*', guards: [step('stale copy', calls, 'app', ['update'])] });
    const run = pipelineMiddleware(strapi as unknown as Core.Strapi, [definePipeline({ uid: UID })], other);
    await run({ uid: 'plugin::users-permissions.user', action: 'update', params: { documentId: 'u1', data: {} } }, async () => ({ documentId: 'u1' }));
    await run({ uid: 'plugin::users-permissions.user', action: 'findOne', params: { documentId: 'u1' } }, async () => null);
    await run(save('update', { documentId: 'd1', data: {} }), async () => ({ documentId: 'd1' }));
    expect(calls).toEqual(['stale copy update']);
  });

  it('tells the answer how long the gates took, in Server-Timing', async () => {
    const headers: string[] = [];
    const run = fakeStrapi([], [], headers).use(definePipeline({ uid: UID, gates: [gate('stage', 'app', [])] }));
    await run(save('publish', { documentId: 'd1' }), async () => ({ documentId: 'd1' }));
    expect(headers).toEqual([expect.stringMatching(/^Server-Timing: gates;dur=\d+\.\d\d$/)]);
  });

  it('tells the writes made during a save whose save they belong to', async () => {
    const seen: Array<readonly string[]> = [];
    const run = fakeStrapi([], []).use(definePipeline({ uid: UID, guards: [] }));
    await run(save('create', { data: {} }), async () => {
      seen.push(savesInProgress());
      return { documentId: 'd1' };
    });
    expect(seen).toEqual([[UID]]);
    expect(savesInProgress()).toEqual([]);
  });
});
