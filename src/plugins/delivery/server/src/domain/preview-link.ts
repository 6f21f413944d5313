import { createHmac, timingSafeEqual } from 'crypto';
import { z } from 'zod';
import { ARTICLE_UID, FACT_CHECK_UID } from '../constants';

/**
 * Signed preview links. The Content Manager shows a preview in an iframe that carries no admin credentials, so the
 * link itself is the permission: an HMAC over what it shows (type, document, draft or published) and until when.
 */

/** How long a preview link works: long enough to read and re-read a draft, short enough that a leaked link dies soon. */
export const PREVIEW_LIFETIME_SECONDS = 60 * 60;

export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** The types that have a preview, by the path segment of their preview route. */
export const PREVIEW_KINDS = { articles: ARTICLE_UID, 'fact-checks': FACT_CHECK_UID } as const;
export type PreviewKind = keyof typeof PREVIEW_KINDS;

export interface PreviewTarget {
  kind: PreviewKind;
  documentId: string;
  status: PreviewStatus;
  /** Unix time, in seconds, after which the link is refused. */
  expires: number;
}

export type PreviewCheck = { ok: true; target: PreviewTarget } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

// A purpose label, so the key signs nothing but previews though it comes from the admin's JWT secret.
const KEY_PURPOSE = 'provenance/delivery/preview-link/v1';

/** The key preview links are signed with, derived from a secret the CMS already has (the admin JWT secret). */
export function previewKey(secret: string): Buffer {
  if (!secret) throw new Error('delivery: a preview key needs a non-empty secret (admin.auth.secret).');
  return createHmac('sha256', secret).update(KEY_PURPOSE).digest();
}

export const previewKindOf = (uid: string): PreviewKind | null =>
  (Object.keys(PREVIEW_KINDS) as PreviewKind[]).find((kind) => PREVIEW_KINDS[kind] === uid) ?? null;

export function signPreview(key: Buffer, { kind, documentId, status, expires }: PreviewTarget): string {
  return createHmac('sha256', key)
    .update([kind, documentId, status, String(expires)].join('\n'))
    .digest('base64url');
}

/** The preview's address under the CMS root (`baseUrl`), or root-relative when the CMS does not know its own URL. */
export function previewUrl(key: Buffer, target: PreviewTarget, { baseUrl = '', prefix = '/api' } = {}): string {
  const query = new URLSearchParams({ status: target.status, expires: String(target.expires), signature: signPreview(key, target) });
  const path = `${prefix}/previews/${target.kind}/${encodeURIComponent(target.documentId)}?${query}`;
  return baseUrl ? `${baseUrl.replace(/\/+$/, '')}${path}` : path;
}

/**
 * What a preview link carries in its query: the version, the expiry (Unix seconds) and the signature, each once. A
 * query that does not read so is a malformed link, refused (403) like any link this CMS did not sign, not a 400: the
 * link is the permission, and a reader of it has nothing to correct.
 */
export const previewLinkQuery = z.object({
  status: z.enum(PREVIEW_STATUSES),
  expires: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
  signature: z.string().min(1),
});

export type PreviewLink = z.output<typeof previewLinkQuery>;

/** The link's parts from a request's query, or null for a malformed link. */
export function readPreviewLink(query: unknown): PreviewLink | null {
  const parsed = previewLinkQuery.safeParse(query);
  return parsed.success ? parsed.data : null;
}

/** Whether a link (read by readPreviewLink) was signed with this key for this document and has not expired at `now` (seconds). */
export function verifyPreview(key: Buffer, kind: PreviewKind, documentId: string, link: PreviewLink, now: number): PreviewCheck {
  const target: PreviewTarget = { kind, documentId, status: link.status, expires: link.expires };
  const expected = Buffer.from(signPreview(key, target));
  const given = Buffer.from(link.signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  // Checked after the signature, so a refused link says "expired" only when it really was ours.
  if (target.expires < now) return { ok: false, reason: 'expired' };
  return { ok: true, target };
}

/** A request's query read and verified: readPreviewLink, then verifyPreview. */
export function checkPreview(key: Buffer, kind: PreviewKind, documentId: string, query: unknown, now: number): PreviewCheck {
  const link = readPreviewLink(query);
  return link ? verifyPreview(key, kind, documentId, link, now) : { ok: false, reason: 'malformed' };
}

/** The origins the admin may frame previews from: its own, and the CMS's public URL when it has one. */
export function previewOrigins(baseUrl: string): string[] {
  const origin = URL.canParse(baseUrl) ? new URL(baseUrl).origin : null;
  return origin && origin !== 'null' ? ["'self'", origin] : ["'self'"];
}

export interface PreviewHandlerOptions {
  secret: string;
  baseUrl?: string;
  prefix?: string;
  lifetimeSeconds?: number;
  now?: () => number;
}

/**
 * The Content Manager's preview handler (config/admin.ts `preview.config.handler`): a signed link for an article or a
 * fact check, null (no preview) for every other type.
 */
export function previewHandler({ secret, baseUrl, prefix, lifetimeSeconds = PREVIEW_LIFETIME_SECONDS, now = Date.now }: PreviewHandlerOptions) {
  return (uid: string, { documentId, status }: { documentId?: string; status?: string | null }): string | null => {
    const kind = previewKindOf(uid);
    if (!kind || !documentId) return null;
    const previewStatus: PreviewStatus = status === 'published' ? 'published' : 'draft';
    const expires = Math.floor(now() / 1000) + lifetimeSeconds;
    // The key is derived per call, not at config load, so a build without secrets in its environment still loads.
    return previewUrl(previewKey(secret), { kind, documentId, status: previewStatus, expires }, { baseUrl, prefix });
  };
}
