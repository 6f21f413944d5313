import { setTimeout as delay } from 'timers/promises';

export type RequestKind = 'list' | 'article' | 'write';
const KINDS: RequestKind[] = ['list', 'article', 'write'];

/** One request of the load: when it ran, what it got, and whether a 2xx carried what was asked for. */
export interface Sample {
  kind: RequestKind;
  startedAt: number;
  endedAt: number;
  /** The HTTP status; 0 when no answer came (connection dropped), -1 when none came within the bound. */
  status: number;
  retryAfter: string | null;
  /** For a 2xx: the body held the right data. */
  correct: boolean;
}

export interface LoadTarget {
  origin: string;
  token: string;
  /** Published articles and the standfirst each must be served with. */
  articles: Array<{ slug: string; deck: string }>;
  /** A draft the writes edit. */
  draftId: string;
}

interface Body {
  data?: { slug?: string; deck?: string } | Array<unknown> | null;
}

const PAUSE_MS = 40;

/** What request number `n` asks for; every URL is new, so none is answered from the delivery cache. */
function requestFor(target: LoadTarget, kind: RequestKind, n: number): { url: string; init: RequestInit; check: (body: Body) => boolean } {
  if (kind === 'list') {
    return {
      url: `${target.origin}/api/articles?pagination[pageSize]=5&filters[slug][$ne]=load-${n}`,
      init: {},
      check: (body) => Array.isArray(body.data) && body.data.length > 0,
    };
  }
  if (kind === 'article') {
    const article = target.articles[n % target.articles.length];
    return {
      url: `${target.origin}/api/articles/by-slug/${article.slug}?load=${n}`,
      init: {},
      check: (body) => !Array.isArray(body.data) && body.data?.slug === article.slug && body.data.deck === article.deck,
    };
  }
  const deck = `Load write ${n}.`;
  return {
    url: `${target.origin}/api/articles/${target.draftId}?status=draft`,
    init: {
      method: 'PUT',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { deck } }),
    },
    check: (body) => !Array.isArray(body.data) && body.data?.deck === deck,
  };
}

async function send(target: LoadTarget, kind: RequestKind, n: number, timeoutMs: number): Promise<Sample> {
  const { url, init, check } = requestFor(target, kind, n);
  const startedAt = Date.now();
  const sample = (status: number, retryAfter: string | null = null, correct = false): Sample => ({
    kind,
    startedAt,
    endedAt: Date.now(),
    status,
    retryAfter,
    correct,
  });
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as Body;
    return sample(response.status, response.headers.get('retry-after'), response.ok && check(body));
  } catch (error) {
    return sample(error instanceof Error && error.name === 'TimeoutError' ? -1 : 0);
  }
}

/**
 * A steady mix of public reads (lists, articles by slug) and editor writes from a few concurrent clients, each
 * request given at most `timeoutMs`; every request is kept as a sample until `stop()`.
 */
export function startMixedLoad(target: LoadTarget, { clients = 3, timeoutMs = 10000 } = {}) {
  const samples: Sample[] = [];
  let running = true;
  let counter = 0;
  const client = async () => {
    while (running) {
      const n = ++counter;
      samples.push(await send(target, KINDS[n % KINDS.length], n, timeoutMs));
      await delay(PAUSE_MS);
    }
  };
  const clientsDone = Promise.all(Array.from({ length: clients }, client));
  return {
    samples,
    async stop(): Promise<Sample[]> {
      running = false;
      await clientsDone;
      return samples;
    },
  };
}

/** Waits until every kind of request has succeeded, with the right data, since `since`; answers when, or null. */
export async function firstFullRecovery(samples: Sample[], since: number, boundMs: number): Promise<number | null> {
  const deadline = since + boundMs;
  while (Date.now() < deadline) {
    const good = samples.filter((sample) => sample.startedAt >= since && sample.correct);
    if (KINDS.every((kind) => good.some((sample) => sample.kind === kind))) {
      return Math.max(...KINDS.map((kind) => Math.min(...good.filter((sample) => sample.kind === kind).map((sample) => sample.endedAt))));
    }
    await delay(100);
  }
  return null;
}
