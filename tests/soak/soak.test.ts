import { Cleanups } from '../../bench/lib/processes';
import { RSS_GROWTH_BOUND_MIB, isExpectedStatus, runSoak, type SoakReport } from '../../bench/lib/soak-run';

// The bounded form of `npm run bench:soak` for every test run, on the database the run is on (DATABASE_CLIENT).
const SECONDS = Number(process.env.SOAK_SECONDS ?? 15);
const CONNECTIONS = 50;
// The importer publishes about half of a synthetic archive; 40 posts leave more drafts to edit than writes in flight.
const ARTICLES = 40;
// Importing, booting in production mode and the run itself, on a busy 2-core machine (PostgreSQL imports the slowest).
const SETUP_TIMEOUT_MS = 300_000 + SECONDS * 1000;

describe(`Soak: ${SECONDS} s of mixed reads and editor writes at ${CONNECTIONS} connections`, () => {
  const cleanups = new Cleanups();
  let soak: SoakReport;

  beforeAll(async () => {
    const database = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
    soak = await runSoak({ seconds: SECONDS, connections: CONNECTIONS, articles: ARTICLES, database }, cleanups);
  }, SETUP_TIMEOUT_MS);

  afterAll(() => cleanups.runAll(), 60_000);

  it('answers every request with a 2xx or 304, and none goes unanswered', () => {
    const unexpected = [...soak.statuses.keys()].filter((status) => !isExpectedStatus(status));
    expect(soak.unexpected).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(soak.overall.errors).toBe(0);
  });

  it('runs public reads and editor writes of every kind in the mix', () => {
    const empty = soak.kinds.filter((kind) => kind.responses === 0).map((kind) => kind.kind);
    expect(empty).toEqual([]);
    expect(soak.reads).toBeGreaterThan(0);
    expect(soak.writes).toBeGreaterThan(0);
  });

  it(`keeps the server's memory growth after the warm-up within ${RSS_GROWTH_BOUND_MIB} MiB`, () => {
    expect(soak.rss.samples.length).toBeGreaterThanOrEqual(SECONDS);
    expect(soak.rss.growth).toBeLessThanOrEqual(RSS_GROWTH_BOUND_MIB);
  });
});
