import type { Response, Test } from 'supertest';
import { strapiInstance } from './strapi';

/** The table the sign-in limits are counted in, on the test database (src/kernel/sign-in-attempts.ts). */
const ATTEMPTS_TABLE = 'provenance_sign_in_attempts';

// The switches of every sign-in limit there is: the newsroom's own (config/sign-in.ts) and Strapi's in-memory ones on
// the other credential routes. The test environment turns them off so suites can sign in freely (config/env/test).
const SWITCHES = ['sign-in.limit', 'plugin::users-permissions.ratelimit', 'admin.rateLimit'];

let saved: unknown[] = [];

/** Turns every sign-in limit on, for a suite that tests them; `limitsOff` puts the test settings back. */
export function limitsOn(): void {
  const config = strapiInstance().config;
  saved = SWITCHES.map((key) => config.get(key));
  for (const key of SWITCHES) config.set(key, { ...(config.get(key) as object | undefined), enabled: true });
}

export function limitsOff(): void {
  const config = strapiInstance().config;
  SWITCHES.forEach((key, index) => config.set(key, saved[index]));
}

/** Forgets every count, so a test starts with a clean slate for the test run's one loopback address. */
export async function forgetAttempts(): Promise<void> {
  const knex = strapiInstance().db.connection;
  if (await knex.schema.hasTable(ATTEMPTS_TABLE)) await knex(ATTEMPTS_TABLE).del();
}

export const WRONG_PASSWORD = 'Wrong-password-1';

/** An e-mail address unique in this run, for an account that does not exist. */
export const someone = (label: string, n: number | string = 0): string => `${label}-${process.pid}-${Date.now()}-${n}@nowhere.test`.toLowerCase();

/** The statuses of the responses, in order. */
export const statuses = (responses: Response[]): number[] => responses.map((response) => response.status);

/** Sends the requests one after the other (a count depends on the order), answering their responses. */
export async function inTurn(requests: Array<() => Test>): Promise<Response[]> {
  const responses: Response[] = [];
  for (const send of requests) responses.push(await send());
  return responses;
}
