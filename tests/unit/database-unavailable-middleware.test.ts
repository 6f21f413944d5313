import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import databaseUnavailable from '../../src/middlewares/database-unavailable';

function fakeStrapi(databaseAnswers: boolean, publicPermissions = 14): Core.Strapi {
  const raw = () => (databaseAnswers ? Promise.resolve() : Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })));
  const query = () => ({ count: async () => publicPermissions });
  return { db: { connection: { raw }, query }, log: { warn: () => undefined } } as unknown as Core.Strapi;
}

function fakeContext(path: string, authorization = ''): Context {
  const headers: Record<string, string> = {};
  return {
    path,
    method: 'GET',
    status: 404,
    body: undefined,
    get: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : ''),
    set: (values: Record<string, string>) => Object.assign(headers, values),
  } as unknown as Context;
}

const run = (strapi: Core.Strapi, ctx: Context, next: () => Promise<void>) => databaseUnavailable(undefined, { strapi })(ctx, next);

describe('The database-unavailable middleware', () => {
  it('answers an error it does not recognise with 503 while the database does not answer', async () => {
    const ctx = fakeContext('/api/articles');
    await run(fakeStrapi(false), ctx, () => Promise.reject(new Error('Transaction query already complete')));
    expect(ctx.status).toBe(503);
  });

  it('lets that error through as it is while the database answers', async () => {
    await expect(run(fakeStrapi(true), fakeContext('/api/articles'), () => Promise.reject(new Error('a bug')))).rejects.toThrow('a bug');
  });

  it('lets a refusal through without asking the database, even while it is away', async () => {
    const refusal = new errors.ValidationError('title is plain text');
    await expect(run(fakeStrapi(false), fakeContext('/api/articles'), () => Promise.reject(refusal))).rejects.toBe(refusal);
  });

  it('answers a reader without credentials refused with 401 with 503, even once the database answers again', async () => {
    const ctx = fakeContext('/api/articles');
    await run(fakeStrapi(true), ctx, async () => {
      ctx.status = 401;
    });
    expect(ctx.status).toBe(503);
  });

  it('keeps that 401 when the Public role may read nothing at all', async () => {
    const ctx = fakeContext('/api/articles');
    await run(fakeStrapi(true, 0), ctx, async () => {
      ctx.status = 401;
    });
    expect(ctx.status).toBe(401);
  });

  it('keeps a 401 for bad credentials while the database answers', async () => {
    const ctx = fakeContext('/api/articles', 'Bearer wrong');
    await run(fakeStrapi(true), ctx, async () => {
      ctx.status = 401;
    });
    expect(ctx.status).toBe(401);
  });

  it('keeps the admin panel’s 401 for a signed-out editor while the database answers', async () => {
    const ctx = fakeContext('/admin/users/me');
    await run(fakeStrapi(true), ctx, async () => {
      ctx.status = 401;
    });
    expect(ctx.status).toBe(401);
  });
});
