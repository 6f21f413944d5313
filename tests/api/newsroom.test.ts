import { prepareEditor } from '../helpers/http';
import { startStrapi, stopStrapi } from '../helpers/strapi';
// Strapi boots once for the whole API suite; each suite module adds its describe blocks to this run.
import './suites/public-access.suite';
import './suites/slugs.suite';
import './suites/bad-input.suite';
import './suites/hostile-text.suite';
import './suites/bad-queries.suite';
import './suites/roles.suite';
import './suites/role-abuse.suite';
import './suites/concurrent-edits.suite';
import './suites/plugins.suite';
import './suites/save-pipeline.suite';
import './suites/sourcing-articles.suite';
import './suites/sourcing-fact-checks.suite';
import './suites/sourcing-bulk-equivalence.suite';
import './suites/image-policy.suite';
import './suites/editorial.suite';
import './suites/delivery.suite';
import './suites/delivery-feeds.suite';
import './suites/delivery-instances.suite';
import './suites/delivery-preview.suite';
import './suites/importer.suite';
import './suites/importer-kill.suite';
import './suites/importer-batch-equivalence.suite';
import './suites/faults.suite';
import './suites/admin-panel.suite';

beforeAll(async () => {
  await startStrapi();
  await prepareEditor();
});

afterAll(async () => {
  await stopStrapi();
});
