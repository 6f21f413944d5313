/**
 * Whether an error means the database could not be reached, rather than that the request was wrong or the code is.
 * Such a request may well succeed a moment later (a restart, a failover, a network blip), so it is answered 503 with
 * Retry-After instead of a bare 500. Pure: no Strapi imports, so the rules are unit-tested alone.
 */

/** Socket errors of a server that refuses, resets or never answers the connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/** PostgreSQL SQLSTATEs of a server shutting down (57P01, 57P02) or still starting up (57P03). */
const SERVER_STATES = new Set(['57P01', '57P02', '57P03']);

/** Class 08: connection exceptions. */
const CONNECTION_EXCEPTION_CLASS = '08';

// pg and knex say these without a code; knex prefixes a failed query's message with its SQL, so they are not anchored.
const MESSAGES = [
  /Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /timeout exceeded when trying to connect/,
  /Knex: Timeout acquiring a connection/,
];

export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'The service cannot reach its database right now. Try again shortly.';

interface Described {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function saysUnavailable(error: Described): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (NETWORK_CODES.has(code) || SERVER_STATES.has(code)) return true;
  if (code.length === 5 && code.startsWith(CONNECTION_EXCEPTION_CLASS)) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/** Looks through the error, its causes and, for an AggregateError (several addresses tried), each of its errors. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const described = error as Described;
  if (saysUnavailable(described)) return true;
  if (isDatabaseUnavailable(described.cause, depth + 1)) return true;
  return Array.isArray(described.errors) && described.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

export interface UnavailableResponse {
  status: 503;
  headers: { 'Retry-After': string };
  body: { data: null; error: { status: 503; name: 'ServiceUnavailableError'; message: string; details: Record<string, never> } };
}

/** The answer to a request the database (or another store it needs) could not serve, shaped like Strapi's own error responses. */
export function unavailableResponse(message: string = UNAVAILABLE_MESSAGE): UnavailableResponse {
  return {
    status: 503,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    body: { data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: {} } },
  };
}
