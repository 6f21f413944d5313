import { WriteTurns } from '#domain/write-turns';

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
