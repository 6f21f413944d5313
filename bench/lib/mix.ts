import type autocannon from 'autocannon';

/**
 * What the soak asks for, in the shares a newsroom's traffic might have: mostly cached reads, and writes as editors make
 * them: saves of a published article's draft (`?status=draft`, the admin panel's Save), now and then a publish (the
 * same edit without `status`, which Strapi 5's REST update saves and publishes), and new drafts.
 */
export const KIND_WEIGHTS = {
  'by-slug': 55,
  'article list': 15,
  'rss feed': 8,
  'category list': 12,
  'draft save': 8,
  publish: 1,
  'new draft': 1,
} as const;

export type Kind = keyof typeof KIND_WEIGHTS;
export const KINDS = Object.keys(KIND_WEIGHTS) as Kind[];
export const WRITE_KINDS: readonly Kind[] = ['draft save', 'publish', 'new draft'];

/** The published articles, categories and token the requests are made from. */
export interface MixTargets {
  slugs: string[];
  /** Drafts of published articles, with the body each had before the run: edits add a line to it, never pile up. */
  drafts: Array<{ documentId: string; body: string }>;
  categorySlugs: string[];
  listPages: number;
  editorToken: string;
  /** Makes the titles of new drafts unique across runs on one database. */
  runId: string;
}

/** A request sent and not yet answered: its kind and when it was sent (performance.now()). */
export interface InFlight {
  kind: Kind;
  sentAt: number;
}

/** Every response seen, by kind and status, with each one's latency in ms, and the requests still unanswered. */
export interface Tally {
  statuses: Record<Kind, Map<number, number>>;
  latencies: Record<Kind, number[]>;
  /** autocannon drops a request that times out without telling which, so those left here at the end say it. */
  inFlight: Map<object, InFlight>;
}

const POPULATE_LIST = 'populate[category]=true&populate[authors]=true&populate[kicker]=true&pagination[pageSize]=10';

/**
 * One slot per percent, kinds spread out rather than in runs: request n takes slot (n × 37) mod 100, and 37 is prime
 * to 100, so every 100 requests take each slot once and the writes are interleaved with the reads. Without writes (the
 * baseline), their slots read articles by slug instead.
 */
const schedule = (withWrites: boolean): Kind[] =>
  KINDS.flatMap((kind) => Array<Kind>(KIND_WEIGHTS[kind]).fill(withWrites || !WRITE_KINDS.includes(kind) ? kind : 'by-slug'));
const SPREAD = 37;

function emptyTally(): Tally {
  const statuses = {} as Record<Kind, Map<number, number>>;
  const latencies = {} as Record<Kind, number[]>;
  for (const kind of KINDS) {
    statuses[kind] = new Map();
    latencies[kind] = [];
  }
  return { statuses, latencies, inFlight: new Map() };
}

type Built = Pick<autocannon.Request, 'method' | 'path' | 'headers' | 'body'>;

/**
 * Builds the n-th request of each kind: n counts that kind's requests, so they rotate through the targets, and as
 * there are more drafts than writes in flight, no two edits of one draft overlap.
 */
function builders(targets: MixTargets): Record<Kind, (n: number) => Built> {
  // Copied into each request: autocannon writes the Content-Length into the headers object it is given.
  const asEditor = { Authorization: `Bearer ${targets.editorToken}`, 'Content-Type': 'application/json' };
  const json = (data: Record<string, string>) => JSON.stringify({ data });
  const edit = (draft: MixTargets['drafts'][number], n: number, query: string): Built => {
    // Every other edit rewrites the body too, so the sourcing plugin re-derives the highlights as an editor's save does.
    const data: Record<string, string> = { deck: `Revised deck ${n}.` };
    if (n % 2 === 1) data.body = `${draft.body}\n\nUpdated ${n}.`;
    return { method: 'PUT', path: `/api/articles/${draft.documentId}${query}`, headers: { ...asEditor }, body: json(data) };
  };
  return {
    'by-slug': (n) => ({ method: 'GET', path: `/api/articles/by-slug/${targets.slugs[n % targets.slugs.length]}` }),
    'article list': (n) => ({ method: 'GET', path: `/api/articles?${POPULATE_LIST}&pagination[page]=${1 + (n % targets.listPages)}` }),
    'rss feed': () => ({ method: 'GET', path: '/api/feeds/rss.xml' }),
    'category list': (n) => ({ method: 'GET', path: `/api/categories/${targets.categorySlugs[n % targets.categorySlugs.length]}/articles` }),
    'draft save': (n) => edit(targets.drafts[n % targets.drafts.length], n, '?status=draft'),
    // Publishes go round the drafts from the other end, so they seldom meet a save of the same article in flight.
    publish: (n) => edit(targets.drafts[targets.drafts.length - 1 - (n % targets.drafts.length)], n, ''),
    'new draft': (n) => {
      const title = `Soak draft ${targets.runId} ${n}`;
      return {
        method: 'POST',
        path: '/api/articles?status=draft',
        headers: { ...asEditor },
        body: json({ title, deck: 'Filed during the soak.', body: 'A draft.' }),
      };
    },
  };
}

/**
 * The autocannon request definition of the mix and the tally it fills. Each connection has one request in flight,
 * and autocannon hands the same context object to the setup and the response of a request, so the context tells
 * which kind a response answers and when it was sent.
 */
export function mixedRequests(targets: MixTargets, withWrites = true): { requests: autocannon.Request[]; tally: Tally } {
  const tally = emptyTally();
  const SCHEDULE = schedule(withWrites);
  const build = builders(targets);
  const issued = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let slot = 0;
  const setupRequest = (request: autocannon.Request, context: object): autocannon.Request => {
    const kind = SCHEDULE[(slot++ * SPREAD) % SCHEDULE.length];
    tally.inFlight.set(context, { kind, sentAt: performance.now() });
    return { ...request, headers: {}, body: undefined, ...build[kind](issued[kind]++) };
  };
  const onResponse = (status: number, _body: string, context: object): void => {
    const request = tally.inFlight.get(context);
    if (!request) return;
    tally.inFlight.delete(context);
    const counts = tally.statuses[request.kind];
    counts.set(status, (counts.get(status) ?? 0) + 1);
    tally.latencies[request.kind].push(performance.now() - request.sentAt);
  };
  return { requests: [{ setupRequest, onResponse }], tally };
}
