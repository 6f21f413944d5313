import { isIP } from 'net';

/**
 * The sign-in limit's rules, apart from where the counts are kept (src/kernel/sign-in-attempts.ts) and the HTTP glue
 * (src/middlewares/sign-in-limit.ts).
 *
 * Every sign-in attempt (on `/admin/login` and `/api/auth/local` alike) is counted against the address it comes from,
 * whatever account it names: five failures in a window of five minutes, counted from the first, and the address is
 * refused until the window ends. An attempt is counted when it arrives, before the password is checked, so attempts
 * sent at once cannot all slip in before the first is counted; one that succeeds gives its count back, so editors
 * signing in from one office address do not use the limit up.
 */
export interface LimitRule {
  /** Attempts allowed in a window. */
  readonly max: number;
  readonly windowMs: number;
}

export const SIGN_IN_LIMIT: LimitRule = { max: 5, windowMs: 5 * 60 * 1000 };

/** An address's count in its current window: attempts counted, and when the window ends (ms since the epoch). */
export interface AttemptCount {
  hits: number;
  resetsAt: number;
}

/** The count after one more attempt at `now`: the first attempt, or the first after a window ended, opens a new one. */
export function afterAttempt(previous: AttemptCount | undefined, rule: LimitRule, now: number): AttemptCount {
  if (!previous || previous.resetsAt <= now) return { hits: 1, resetsAt: now + rule.windowMs };
  return { hits: previous.hits + 1, resetsAt: previous.resetsAt };
}

/** The count after a successful attempt gives its own back; a window that has since ended is left alone. */
export function afterSuccess(current: AttemptCount, counted: AttemptCount): AttemptCount {
  if (current.resetsAt !== counted.resetsAt || current.hits <= 0) return current;
  return { hits: current.hits - 1, resetsAt: current.resetsAt };
}

/** Said with a 503 when the store the counts are kept in cannot be reached: the attempt was neither counted nor checked. */
export const SIGN_IN_COUNT_UNAVAILABLE_MESSAGE = 'Sign-in attempts cannot be counted right now, so none are checked. Try again shortly.';

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Whether the attempt that brought the count to `count` may go on; if not, how long until the window ends. */
export function verdict(count: AttemptCount, rule: LimitRule, now: number): Verdict {
  if (count.hits <= rule.max) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((count.resetsAt - now) / 1000)) };
}

/** A sign-in that went through (the token is issued): its attempt is given back. */
export const signedIn = (status: number): boolean => status >= 200 && status < 300;

/** The eight 16-bit groups of an IPv6 address (no zone), or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase();
  // A trailing dotted IPv4 (::ffff:192.0.2.1, 64:ff9b::192.0.2.1) is the last two groups.
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const start = parse(head);
  const end = parse(tail);
  const middle = tail === undefined ? [] : Array<number>(8 - start.length - end.length).fill(0);
  return [...start, ...middle, ...end];
}

/**
 * The address a count is kept for. IPv4 as it is, an IPv4 address written as IPv6 (`::ffff:192.0.2.1`, how a
 * dual-stack server sees IPv4 clients) as the IPv4 address, and IPv6 by its /64 network: a subscriber is given at least
 * a /64, so counting single IPv6 addresses would give one client billions of counts.
 */
export function countedAddress(ip: string): string {
  const address = ip.trim().replace(/%.*$/, '');
  if (isIP(address) === 4) return address;
  const groups = ipv6Groups(address);
  if (!groups) return 'unknown';
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The key an address's sign-in attempts are counted under. */
export const signInKey = (address: string): string => `sign-in:${address}`;

/** A matched route as Strapi describes it (ctx.state.route). */
export interface RouteInfo {
  method?: string;
  path?: string;
  info?: { pluginName?: string; type?: string };
}

/** The routes that check a password: the admin panel's sign-in and Users & Permissions' (the Content API's). */
const SIGN_IN_ROUTES = [
  { pluginName: 'admin', method: 'POST', path: '/login' },
  { pluginName: 'users-permissions', method: 'POST', path: '/auth/local' },
] as const;

/** Whether the route Strapi matched is one of the sign-in routes the limit guards. */
export function isSignInRoute(route: RouteInfo | undefined): boolean {
  if (!route) return false;
  return SIGN_IN_ROUTES.some(
    (signIn) => route.info?.pluginName === signIn.pluginName && route.method?.toUpperCase() === signIn.method && route.path === signIn.path,
  );
}
