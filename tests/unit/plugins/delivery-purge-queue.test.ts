import { PurgeQueue } from '../../../src/plugins/delivery/server/src/domain/purge-queue';

/** A target whose answers the test gives one by one, and waits that return at once, recorded. */
function fakeTarget() {
  const sent: string[][] = [];
  const answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const waits: number[] = [];
  const givenUp: string[][] = [];
  const queue = new PurgeQueue({
    send: (keys) => {
      sent.push(keys);
      return new Promise<void>((resolve, reject) => answers.push({ resolve, reject }));
    },
    delaysMs: [10, 20],
    wait: async (ms) => {
      waits.push(ms);
    },
    giveUp: (keys) => givenUp.push(keys),
  });
  const settle = async () => {
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  };
  const answer = async (outcome: 'ok' | 'fail') => {
    const next = answers.shift();
    if (!next) throw new Error('No purge is waiting for an answer.');
    if (outcome === 'ok') next.resolve();
    else next.reject(new Error('503'));
    await settle();
  };
  return { queue, sent, waits, givenUp, answer, settle };
}

describe('PurgeQueue', () => {
  it('sends the keys of writes that arrive while a purge is in flight together, in the next purge', async () => {
    const target = fakeTarget();
    const first = target.queue.enqueue(['a']);
    const second = target.queue.enqueue(['b', 'c']);
    const third = target.queue.enqueue(['c', 'd']);
    await target.settle();
    expect(target.sent).toEqual([['a']]);
    await target.answer('ok');
    await first;
    expect(target.sent).toEqual([['a'], ['b', 'c', 'd']]);
    await target.answer('ok');
    await Promise.all([second, third]);
    expect(target.queue.busy).toBe(false);
  });

  it('retries a failed purge after each backoff delay, with the keys that arrived meanwhile', async () => {
    const target = fakeTarget();
    const first = target.queue.enqueue(['a']);
    await target.settle();
    const second = target.queue.enqueue(['b']);
    await target.answer('fail');
    expect(target.waits).toEqual([10]);
    expect(target.sent).toEqual([['a'], ['a', 'b']]);
    await target.answer('ok');
    await Promise.all([first, second]);
    expect(target.givenUp).toEqual([]);
  });

  it('gives up once the delays are used up, reports the keys once, and resolves rather than rejects', async () => {
    const target = fakeTarget();
    const done = target.queue.enqueue(['a']);
    await target.settle();
    await target.answer('fail');
    await target.answer('fail');
    await target.answer('fail');
    await expect(done).resolves.toBeUndefined();
    expect(target.waits).toEqual([10, 20]);
    expect(target.givenUp).toEqual([['a']]);
    expect(target.sent).toHaveLength(3);
  });

  it('sends only the all key when everything is purged, whatever else waits', async () => {
    const target = fakeTarget();
    void target.queue.enqueue(['a']);
    void target.queue.enqueue(['b']);
    void target.queue.enqueue(['all']);
    await target.settle();
    await target.answer('ok');
    expect(target.sent).toEqual([['a'], ['all']]);
  });

  it('sends nothing for no keys', async () => {
    const target = fakeTarget();
    await target.queue.enqueue([]);
    expect(target.sent).toEqual([]);
  });

  it('stops retrying once closed', async () => {
    const target = fakeTarget();
    const done = target.queue.enqueue(['a']);
    await target.settle();
    target.queue.close();
    await target.answer('fail');
    await done;
    expect(target.sent).toHaveLength(1);
    expect(target.givenUp).toEqual([]);
  });
});
