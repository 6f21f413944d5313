/**
 * Which origins may read the CMS's answers in a browser (CORS). Two audiences with two lists:
 *
 * - the Content API (`/api/…`) and the public files (`/uploads/…`): the newsroom's frontends, any site by default;
 *   never with credentials, since nothing there is read with a cookie;
 * - everything else (`/admin/…`, `/content-manager/…`, `/upload/…`, the plugins' admin routes): the admin panel only,
 *   at the origins the operator configured, with credentials: the admin's refresh cookie is sent along, so an answer
 *   another page could read would hand it an editor's access token.
 */
export type CorsAudience = 'content-api' | 'admin';

const PUBLIC_PREFIXES = ['/api', '/uploads'];

export function corsAudience(path: string): CorsAudience {
  const lower = path.toLowerCase();
  return PUBLIC_PREFIXES.some((prefix) => lower === prefix || lower.startsWith(`${prefix}/`)) ? 'content-api' : 'admin';
}

/** The origin of an absolute http(s) URL (`https://cms.example.org/admin` → `https://cms.example.org`), else undefined. */
export function originOf(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
}

function originsOf(variable: string, values: readonly string[], allowAny: boolean): string[] {
  const origins: string[] = [];
  for (const value of values.map((each) => each.trim()).filter(Boolean)) {
    if (value === '*') {
      if (!allowAny) throw new Error(`${variable} cannot be "*": the admin API answers with credentials, so only named origins may read it.`);
      origins.push('*');
      continue;
    }
    const origin = originOf(value);
    if (!origin) throw new Error(`${variable}: "${value}" is not an origin such as https://admin.example.org.`);
    origins.push(origin);
  }
  return [...new Set(origins)];
}

export interface AdminOriginSettings {
  /** PUBLIC_URL: the CMS's own public URL; the admin panel is served from it by default. */
  publicUrl: string;
  /** ADMIN_URL: where the admin panel is served, when not under PUBLIC_URL; a path (`/admin`) adds no origin. */
  adminUrl: string;
  /** ADMIN_CORS_ORIGINS: any other origin the admin panel is opened from (a development server, a second host name). */
  extra: readonly string[];
}

/** The origins the admin API answers: those of PUBLIC_URL and ADMIN_URL when absolute, and ADMIN_CORS_ORIGINS; never "*". */
export function adminOrigins({ publicUrl, adminUrl, extra }: AdminOriginSettings): string[] {
  const configured = [publicUrl, adminUrl].map(originOf).filter((origin): origin is string => origin !== undefined);
  return [...new Set([...configured, ...originsOf('ADMIN_CORS_ORIGINS', extra, false)])];
}

/** The origins the Content API answers (CORS_ORIGINS): "*" for any site, or a list; empty, none. */
export function contentApiOrigins(values: readonly string[]): string[] {
  return originsOf('CORS_ORIGINS', values, true);
}

export interface CorsRequest {
  path: string;
  get(header: string): string;
}

export interface CorsLists {
  admin: readonly string[];
  contentApi: readonly string[];
}

/**
 * The `origin` and `credentials` options of Strapi's CORS middleware (strapi::cors, on @koa/cors): per request, the
 * list of the request's audience, and credentials on the admin audience only. Strapi answers an origin in the list (any
 * origin for "*") and leaves every other without an Access-Control-Allow-Origin.
 */
export function corsOptions(lists: CorsLists) {
  return {
    origin: (ctx: CorsRequest): string[] => [...lists[corsAudience(ctx.path) === 'admin' ? 'admin' : 'contentApi']],
    credentials: (ctx: CorsRequest): boolean => corsAudience(ctx.path) === 'admin' && ctx.get('Origin') !== '',
  };
}

/**
 * The headers Strapi's CORS middleware (@koa/cors, as configured by corsOptions) gives a simple cross-origin read of
 * the Content API from `origin`, or null when it gives none: so a read answered before that middleware runs carries
 * exactly what it would have. Vary is always sent: the answer differs by Origin.
 */
export function contentApiReadHeaders(contentApi: readonly string[], origin: string): Record<string, string> | null {
  if (!contentApi.includes('*') && !contentApi.includes(origin)) return null;
  return { Vary: 'Origin', 'Access-Control-Allow-Origin': origin };
}
