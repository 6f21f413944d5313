import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { SIGN_IN_COUNT_UNAVAILABLE_MESSAGE } from '#domain/sign-in-limit';
import { CountUnavailableError, type AttemptCounter } from '#kernel/sign-in-attempts';
import signInLimit from '../../src/middlewares/sign-in-limit';

function fakeStrapi(warnings: string[]): Core.Strapi {
  return { config: { get: () => true }, log: { warn: (message: string) => warnings.push(message) } } as unknown as Core.Strapi;
}

function fakeContext(): Context & { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  const set = (name: string | Record<string, string>, value?: string) => Object.assign(headers, typeof name === 'string' ? { [name]: value } : name);
  return { method: 'POST', path: '/admin/login', status: 404, body: undefined, request: { ip: '203.0.113.9' }, headers, set } as unknown as Context & {
    headers: Record<string, string>;
  };
}

const counter = (overrides: Partial<AttemptCounter>): AttemptCounter => ({
  attempt: async (_key, rule, now) => ({ hits: 1, resetsAt: now + rule.windowMs }),
  giveBack: async () => undefined,
  ...overrides,
});

const away = () => Promise.reject(new CountUnavailableError('The client is offline'));

describe('the sign-in limit middleware', () => {
  it('refuses an attempt it cannot count with 503 and Retry-After, without checking the password', async () => {
    const warnings: string[] = [];
    const ctx = fakeContext();
    const next = jest.fn();
    await signInLimit({}, { strapi: fakeStrapi(warnings) }, counter({ attempt: away }))(ctx, next);
    expect(next).not.toHaveBeenCalled();
    expect(ctx.status).toBe(503);
    expect(ctx.headers).toEqual({ 'Retry-After': '5' });
    expect(ctx.body).toEqual({
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: SIGN_IN_COUNT_UNAVAILABLE_MESSAGE, details: {} },
    });
    expect(warnings).toEqual(['POST /admin/login: Sign-in attempts cannot be counted: The client is offline']);
  });

  it('lets any other failure of the counter through as it is', async () => {
    const fault = new TypeError('a bug');
    const run = signInLimit({}, { strapi: fakeStrapi([]) }, counter({ attempt: () => Promise.reject(fault) }));
    await expect(run(fakeContext(), jest.fn())).rejects.toBe(fault);
  });

  it('keeps a successful sign-in whose count cannot be given back, its attempt left counted, and says so in the log', async () => {
    const warnings: string[] = [];
    const ctx = fakeContext();
    await signInLimit(
      {},
      { strapi: fakeStrapi(warnings) },
      counter({ giveBack: away }),
    )(ctx, async () => {
      ctx.status = 200;
      ctx.body = { data: { token: 'issued' } };
    });
    expect(ctx.status).toBe(200);
    expect(ctx.body).toEqual({ data: { token: 'issued' } });
    expect(warnings).toEqual([expect.stringContaining('a successful sign-in stays counted')]);
  });
});
