import { spawnSync } from 'child_process';
import crypto from 'crypto';
import { createClient } from '@redis/client';

/**
 * The Redis the sign-in tests count in: REDIS_TEST_URL, else the local one (CI runs one on 127.0.0.1:6379). The test
 * run's own CMS never uses it (tests/helpers/strapi.ts leaves REDIS_URL out); the instances the tests start are given
 * it, each run under a key prefix of its own, whose keys the tests delete.
 */
export const REDIS_TEST_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379';

const PROBE = `
const { createClient } = require('@redis/client');
const client = createClient({ url: process.argv[1], socket: { connectTimeout: 1000, reconnectStrategy: false } });
client.on('error', () => undefined);
client.connect().then((c) => c.ping()).then(() => process.exit(0), () => process.exit(1));
`;

/**
 * Whether a Redis answers at the URL, asked before the suites are defined (they decide there whether to run). A test run
 * without Redis outside CI skips the Redis suites, which the summary shows; CI has Redis, and there they always run.
 */
export function redisAnswers(url: string): boolean {
  const probe = spawnSync(process.execPath, ['-e', PROBE, url], { cwd: __dirname, timeout: 5000, stdio: 'ignore' });
  return probe.status === 0;
}

/** `describe` for the Redis suites: they run in CI always, and elsewhere when a Redis answers at REDIS_TEST_URL. */
export const describeWithRedis: jest.Describe = redisAnswers(REDIS_TEST_URL) || process.env.CI ? describe : describe.skip;

/** A key prefix no other test run or newsroom on the same Redis uses. */
export const testKeyPrefix = (): string => `provenance-test:${process.pid}-${crypto.randomBytes(6).toString('hex')}:`;

export interface TestRedis {
  command<T = unknown>(args: string[]): Promise<T>;
  /** The keys under the prefix. */
  keys(prefix: string): Promise<string[]>;
  /** Deletes the keys under the prefix. */
  forget(prefix: string): Promise<void>;
  close(): void;
}

export async function connectTestRedis(url: string): Promise<TestRedis> {
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  await client.connect();
  const command = <T = unknown>(args: string[]) => client.sendCommand<T>(args);
  const keys = async (prefix: string) => {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await command<[string, string[]]>(['SCAN', cursor, 'MATCH', `${prefix}*`, 'COUNT', '1000']);
      found.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return found;
  };
  return {
    command,
    keys,
    async forget(prefix) {
      const found = await keys(prefix);
      if (found.length > 0) await command(['DEL', ...found]);
    },
    close: () => client.destroy(),
  };
}
