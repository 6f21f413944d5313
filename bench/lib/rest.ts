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

/** Milliseconds from sending the request to having read the whole answer, which is what an editor waits for. */
export async function timed(method: 'POST' | 'PUT', url: string, token: string, body: unknown): Promise<number> {
  const started = performance.now();
  const response = await send(method, url, token, body);
  await response.arrayBuffer();
  return performance.now() - started;
}
