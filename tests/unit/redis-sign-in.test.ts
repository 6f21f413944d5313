import { countFromReply, DEFAULT_REDIS_KEY_PREFIX, isTransientRedisReply, redactedRedisUrl, redisAttemptKey, redisSettings } from '#domain/redis-sign-in';

describe('redisSettings', () => {
  it('keeps the counts in the database when REDIS_URL is empty or blank', () => {
    expect(redisSettings('', 'provenance:')).toBeUndefined();
    expect(redisSettings('   ', 'provenance:')).toBeUndefined();
  });

  it.each([
    ['a local Redis', 'redis://127.0.0.1:6379'],
    ['one with a password and a database number', 'redis://:s3cret@cache.internal:6380/2'],
    ['one over TLS', 'rediss://default:s3cret@cache.example.net:6380'],
  ])('takes %s', (_case, url) => {
    expect(redisSettings(url, 'newsroom:')).toEqual({ url, keyPrefix: 'newsroom:' });
  });

  it(`puts keys under ${DEFAULT_REDIS_KEY_PREFIX} when REDIS_KEY_PREFIX is empty`, () => {
    expect(redisSettings('redis://127.0.0.1:6379', '')).toEqual({ url: 'redis://127.0.0.1:6379', keyPrefix: DEFAULT_REDIS_KEY_PREFIX });
  });

  it.each([
    ['a host without a scheme', '127.0.0.1:6379'],
    ['another scheme', 'http://127.0.0.1:6379'],
    ['a PostgreSQL URL', 'postgres://postgres@127.0.0.1:5432/provenance'],
    ['no host', 'redis://'],
  ])('stops the boot with the variable named for %s', (_case, url) => {
    expect(() => redisSettings(url, '')).toThrow(/^REDIS_URL: /);
  });

  it('does not repeat the password of a URL it refuses', () => {
    expect(() => redisSettings('http://user:s3cret@cache.internal:6379', '')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('s3cret') }),
    );
  });
});

describe('redactedRedisUrl', () => {
  it('hides the password and keeps where Redis is', () => {
    expect(redactedRedisUrl('redis://:s3cret@cache.internal:6380/2')).toBe('redis://:***@cache.internal:6380/2');
    expect(redactedRedisUrl('rediss://default:s3cret@cache.example.net')).toBe('rediss://default:***@cache.example.net');
  });

  it('leaves a URL without a password as it is', () => {
    expect(redactedRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('hides the credentials of a value that does not parse', () => {
    expect(redactedRedisUrl('redis//user:s3cret@host')).not.toContain('s3cret');
  });
});

describe('redisAttemptKey', () => {
  it('puts the digest under the prefix', () => {
    expect(redisAttemptKey('provenance:', 'ab12')).toBe('provenance:sign-in-attempts:ab12');
  });
});

describe('isTransientRedisReply', () => {
  it.each([
    'LOADING Redis is loading the dataset in memory',
    'BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.',
    "READONLY You can't write against a read only replica.",
    'MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set to no.',
    "OOM command not allowed when used memory > 'maxmemory'.",
    'TRYAGAIN Multiple keys request during rehashing of slot',
    'CLUSTERDOWN The cluster is down',
  ])('takes "%s" for a Redis that cannot serve for now', (message) => {
    expect(isTransientRedisReply(message)).toBe(true);
  });

  it.each([
    'WRONGTYPE Operation against a key holding the wrong kind of value',
    'ERR Error running script (call to f_0123): @user_script:3: user_script:3: attempt to compare nil with number',
    'NOSCRIPT No matching script. Please use EVAL.',
    'ERR unknown command',
    'LOADINGX not a real reply',
  ])('takes "%s" for a fault, not an outage', (message) => {
    expect(isTransientRedisReply(message)).toBe(false);
  });
});

describe('countFromReply', () => {
  it('reads the hits and the end of the window', () => {
    expect(countFromReply([3, 1796517793405])).toEqual({ hits: 3, resetsAt: 1796517793405 });
  });

  it.each([
    ['nothing', null],
    ['a single number', 3],
    ['one number too few', [3]],
    ['a count of none', [0, 1796517793405]],
    ['something that is not a number', ['three', 1796517793405]],
  ])('refuses %s', (_case, reply) => {
    expect(() => countFromReply(reply)).toThrow(/Counting a sign-in attempt in Redis answered/);
  });
});
