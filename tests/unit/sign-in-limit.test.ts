import {
  afterAttempt,
  afterSuccess,
  countedAddress,
  isSignInRoute,
  SIGN_IN_LIMIT,
  signedIn,
  signInKey,
  verdict,
  type AttemptCount,
} from '#domain/sign-in-limit';

const MINUTE = 60 * 1000;
const rule = SIGN_IN_LIMIT;

/** The counts after attempts at the given times, each followed by the verdict on it. */
function attempts(times: number[]): Array<{ count: AttemptCount; allowed: boolean }> {
  let count: AttemptCount | undefined;
  return times.map((now) => {
    count = afterAttempt(count, rule, now);
    return { count, allowed: verdict(count, rule, now).allowed };
  });
}

describe('the sign-in limit rule', () => {
  it('is five attempts in five minutes', () => {
    expect(rule).toEqual({ max: 5, windowMs: 5 * MINUTE });
  });

  it('allows five attempts in a window and refuses the sixth', () => {
    const results = attempts([0, 1000, 2000, 3000, 4000, 5000, 6000]);
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results[6].count).toEqual({ hits: 7, resetsAt: 5 * MINUTE });
  });

  it('counts the window from the first attempt: refused attempts do not extend it, and it opens anew once ended', () => {
    const results = attempts([0, 1, 2, 3, 4, 4 * MINUTE, 5 * MINUTE - 1, 5 * MINUTE, 5 * MINUTE + 1]);
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, true, true, false, false, true, true]);
    expect(results[7].count).toEqual({ hits: 1, resetsAt: 10 * MINUTE });
  });

  it('tells a refused caller how long until the window ends, in whole seconds, at least one', () => {
    expect(verdict({ hits: 6, resetsAt: 5 * MINUTE }, rule, 0)).toEqual({ allowed: false, retryAfterSeconds: 300 });
    expect(verdict({ hits: 6, resetsAt: 5 * MINUTE }, rule, 5 * MINUTE - 1500)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(verdict({ hits: 6, resetsAt: 5 * MINUTE }, rule, 5 * MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(verdict({ hits: 5, resetsAt: 5 * MINUTE }, rule, 0)).toEqual({ allowed: true });
  });

  it('gives back the count of a successful sign-in in the window it was counted in, and only there', () => {
    const counted = { hits: 3, resetsAt: 5 * MINUTE };
    expect(afterSuccess({ hits: 4, resetsAt: 5 * MINUTE }, counted)).toEqual({ hits: 3, resetsAt: 5 * MINUTE });
    expect(afterSuccess({ hits: 1, resetsAt: 10 * MINUTE }, counted)).toEqual({ hits: 1, resetsAt: 10 * MINUTE });
    expect(afterSuccess({ hits: 0, resetsAt: 5 * MINUTE }, counted)).toEqual({ hits: 0, resetsAt: 5 * MINUTE });
  });

  it('takes a 2xx answer for a sign-in that went through, and nothing else', () => {
    expect([200, 201, 204].map(signedIn)).toEqual([true, true, true]);
    expect([301, 400, 401, 403, 429, 500].map(signedIn)).toEqual([false, false, false, false, false, false]);
  });
});

describe('countedAddress', () => {
  it.each([
    ['an IPv4 address', '203.0.113.9', '203.0.113.9'],
    ['an IPv4 address a dual-stack socket reports', '::ffff:127.0.0.1', '127.0.0.1'],
    ['an IPv4-mapped address in hex', '::ffff:7f00:1', '127.0.0.1'],
    ['an IPv4-mapped address written out', '0:0:0:0:0:ffff:203.0.113.9', '203.0.113.9'],
    ['an IPv6 address, by its /64', '2001:db8:aa:1::1', '2001:db8:aa:1::/64'],
    ['another address in the same /64', '2001:DB8:AA:1:ffff:ffff:ffff:fffe', '2001:db8:aa:1::/64'],
    ['an IPv6 address written in full with leading zeros', '2001:0db8:00aa:0001:0000:0000:0000:0001', '2001:db8:aa:1::/64'],
    ['an IPv6 address with a zone', 'fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['the IPv6 loopback', '::1', '0:0:0:0::/64'],
    ['a NAT64 address, by its /64', '64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['no address', '', 'unknown'],
    ['something else', 'not-an-address', 'unknown'],
  ])('counts %s', (_case, ip, expected) => {
    expect(countedAddress(ip)).toBe(expected);
  });

  it('keeps different /64 networks apart', () => {
    expect(countedAddress('2001:db8:aa:1::1')).not.toBe(countedAddress('2001:db8:aa:2::1'));
  });

  it('keys counts by the address only, whatever account an attempt names', () => {
    expect(signInKey(countedAddress('::ffff:203.0.113.9'))).toBe(signInKey('203.0.113.9'));
  });
});

describe('isSignInRoute', () => {
  const admin = { pluginName: 'admin', type: 'admin' };
  const usersPermissions = { pluginName: 'users-permissions', type: 'content-api' };

  it.each([
    ['the admin sign-in', { method: 'POST', path: '/login', info: admin }],
    ["Users & Permissions' sign-in", { method: 'POST', path: '/auth/local', info: usersPermissions }],
  ])('guards %s', (_case, route) => {
    expect(isSignInRoute(route)).toBe(true);
  });

  it.each([
    ['the admin registration', { method: 'POST', path: '/register-admin', info: admin }],
    ['a reader registration', { method: 'POST', path: '/auth/local/register', info: usersPermissions }],
    ['a password reset', { method: 'POST', path: '/auth/reset-password', info: usersPermissions }],
    ["another plugin's /login", { method: 'POST', path: '/login', info: { pluginName: 'editorial', type: 'admin' } }],
    ['a GET of the sign-in path', { method: 'GET', path: '/auth/local', info: usersPermissions }],
    ['no route', undefined],
  ])('leaves %s to Strapi', (_case, route) => {
    expect(isSignInRoute(route)).toBe(false);
  });
});
