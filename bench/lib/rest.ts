/** A request that answered outside 2xx: the bench stops on it, since its timings would not measure a save. */
export class RequestFailed extends Error {}

/**
 * One JSON request with a bearer token, the only HTTP client the save bench uses, for the app and bare Strapi alike.
 * Anything but 2xx throws with the start of the answer.
 */
export async function send(method: 'POST' | 'PUT', url: string, token: string, body: unknown): Promise<Response> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status < 200 || response.status >= 300) {
    throw new RequestFailed(`${method} ${url} answered ${response.status}: ${(await response.text()).slice(0, 800)}`);
  }
  return response;
}

/** One timed request: milliseconds until the whole answer was read, and what the server said its gates took. */
export interface Timed {
  ms: number;
  /** The app's `Server-Timing: gates;dur=…` (its publish gates); null where the server sends none (bare Strapi). */
  gatesMs: number | null;
}

/** Milliseconds from sending the request to having read the whole answer, which is what an editor waits for. */
export async function timed(method: 'POST' | 'PUT', url: string, token: string, body: unknown): Promise<Timed> {
  const started = performance.now();
  const response = await send(method, url, token, body);
  await response.arrayBuffer();
  const gates = /(?:^|,)\s*gates;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '');
  return { ms: performance.now() - started, gatesMs: gates ? Number(gates[1]) : null };
}
