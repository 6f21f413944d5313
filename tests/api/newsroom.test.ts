import { prepareEditor } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { chooseSuites } from '../helpers/choose-suites';

// Strapi boots once for the whole API suite; each suite module adds its describe blocks to this run, in this order.
// `npm run test:api -- sourcing delivery` runs only the suites whose names contain one of the words given.
const SUITES = [
  'public-access',
  'reader-drafts',
  'reader-drafts-examples',
  'inverse-relations',
  'source-visibility',
  'slugs',
  'bad-input',
  'relation-caps',
  'hostile-text',
  'hostile-uploads',
  'bad-queries',
  'malformed-queries',
  'roles',
  'role-abuse',
  'sign-in-limits',
  'sign-in-redis',
  'sign-in-redis-rule',
  'admin-cors',
  'concurrent-edits',
  'plugins',
  'save-pipeline',
  'publishing',
  'sourcing-articles',
  'sourcing-fact-checks',
  'sourcing-bulk-equivalence',
  'image-policy',
  'house-style',
  'editorial',
  'editorial-stages',
  'dashboard',
  'delivery',
  'delivery-feeds',
  'delivery-instances',
  'cdn',
  'delivery-preview',
  'delivery-reads',
  'search',
  'search-instances',
  'corrections',
  'corrections-log',
  'corrections-import',
  'scheduling',
  'scheduling-instances',
  'importer',
  'importer-changes',
  'importer-kill',
  'importer-batch-equivalence',
  'export-round-trip',
  // After the importer suites: it imports the Adriatic archive again, which they count as new.
  'render-parity',
  'faults',
  'admin-panel',
  'list-views',
  // Last: both import the archive, which the importer suites expect to do first, and standards publishes copies of its
  // fact checks, which the importer and export suites would count as drafts.
  'openapi',
  'standards',
];

// A suite registers its describe blocks when loaded, so the chosen ones are loaded here, at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const suite of chooseSuites(SUITES, process.env.API_SUITES)) require(`./suites/${suite}.suite`);

beforeAll(async () => {
  await startStrapi();
  await prepareEditor();
});

afterAll(async () => {
  await stopStrapi();
});
