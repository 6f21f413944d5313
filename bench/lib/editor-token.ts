import crypto from 'crypto';

/** Strapi 5's admin responses, with only what is read here. */
interface RegisterResponse {
  data: { token: string };
}
interface TokenResponse {
  data: { accessKey: string };
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return (await response.json()) as T;
}

/** The first admin's session (for the admin API, such as the editorial stage control) and a full-access API token. */
export interface Editor {
  adminJwt: string;
  apiToken: string;
}

/**
 * A full-access Content API token, made over HTTP as a newsroom's first admin would in Settings → API Tokens: the CMS
 * runs in another process, so the tests' in-process `admin::api-token` service is out of reach. Registering the first
 * admin only works on an empty admin table, which a scratch database has. The admin's session comes with it, for the
 * benches that also move articles through the admin API.
 */
export async function createEditor(url: string): Promise<Editor> {
  const password = `Soak-${crypto.randomBytes(12).toString('hex')}-9`;
  const admin = await postJson<RegisterResponse>(`${url}/admin/register-admin`, {
    firstname: 'Bench',
    lastname: 'Editor',
    email: `bench-${crypto.randomBytes(4).toString('hex')}@provenance.test`,
    password,
  });
  const token = await postJson<TokenResponse>(
    `${url}/admin/api-tokens`,
    { name: 'bench editor', description: 'Writes of the benchmarks.', type: 'full-access', lifespan: null },
    admin.data.token,
  );
  return { adminJwt: admin.data.token, apiToken: token.data.accessKey };
}

export const createEditorToken = async (url: string): Promise<string> => (await createEditor(url)).apiToken;
