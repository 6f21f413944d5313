import { WriteTurns, takesTurn } from '#domain/write-turns';

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('WriteTurns', () => {
  it('lets as many writes run as it has room for, and the next one in when a turn ends', async () => {
    const turns = new WriteTurns(2);
    const order: string[] = [];
    const first = await turns.enter();
    await turns.enter();
    const third = turns.enter().then((leave) => (order.push('third'), leave));
    const fourth = turns.enter().then((leave) => (order.push('fourth'), leave));
    await settled();
    expect(order).toEqual([]);
    expect(turns.state).toEqual({ running: 2, waiting: 2 });
    first();
    await settled();
    expect(order).toEqual(['third']);
    (await third)();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(turns.state).toEqual({ running: 2, waiting: 0 });
  });

  it('counts a turn ended twice once', async () => {
    const turns = new WriteTurns(1);
    const leave = await turns.enter();
    leave();
    leave();
    expect(turns.state).toEqual({ running: 0, waiting: 0 });
    await turns.enter();
    expect(turns.state).toEqual({ running: 1, waiting: 0 });
  });

  it('refuses a capacity that lets no write run', () => {
    expect(() => new WriteTurns(0)).toThrow(/at least 1/);
    expect(() => new WriteTurns(1.5)).toThrow(/at least 1/);
  });
});

describe('takesTurn', () => {
  it.each([
    ['PUT', '/api/articles/abc', true],
    ['POST', '/api/articles', true],
    ['DELETE', '/api/sources/abc', true],
    ['POST', '/content-manager/collection-types/api::article.article/abc/actions/publish', true],
    ['POST', '/upload', true],
    ['PUT', '/editorial/articles/abc/stage', true],
    ['GET', '/api/articles', false],
    ['HEAD', '/api/articles', false],
    ['OPTIONS', '/api/articles', false],
    ['POST', '/admin/login', false],
    ['POST', '/api/auth/local', false],
    ['POST', '/admin/renew-token', false],
  ])('%s %s takes a turn: %s', (method, path, expected) => {
    expect(takesTurn(method, path)).toBe(expected);
  });
});
