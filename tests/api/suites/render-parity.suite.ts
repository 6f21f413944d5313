import fs from 'fs';
import path from 'path';
import { deliveryConfig } from '../../../src/plugins/delivery/server/src/utils';
import type { ImportReport } from '../../../src/importer/run-import';
import { bySlug } from '../../helpers/delivery';
import { importPaths } from '../../helpers/import-site';
import { buildWithJekyll, type JekyllBuild } from '../../helpers/parity/jekyll';
import { normalise } from '../../helpers/parity/normalise';
import { PARITY_SITES } from '../../helpers/parity/sites';
import { strapiInstance } from '../../helpers/strapi';

// Every post of the old site, and a synthetic one using every body feature, imported as the newsroom imports them and
// read back from the Content API, against the page the real Jekyll builds from the same files.
const SLUGS = PARITY_SITES.flatMap((site) => fs.readdirSync(path.join(site, '_posts')).map((file) => path.basename(file, '.md').slice(11)));
const SYNTHETIC = 'render-parity-every-feature';

/** The bodyHtml readers get: the import keeps every post of the old site published, so each has its public page. */
async function bodyHtmlOf(slug: string): Promise<string> {
  const response = await bySlug(slug);
  expect([slug, response.status]).toEqual([slug, 200]);
  return response.body.data.bodyHtml as string;
}

describe('Render parity: bodyHtml as the old Jekyll site rendered each post', () => {
  let jekyll: JekyllBuild;
  let report: ImportReport;
  let siteUrl: string;

  beforeAll(async () => {
    jekyll = buildWithJekyll(PARITY_SITES);
    report = await importPaths([jekyll.source]);
    siteUrl = deliveryConfig(strapiInstance()).site.siteUrl;
  });

  it('imports every post Jekyll built, the synthetic one among them', async () => {
    expect([...jekyll.posts.keys()].sort()).toEqual([...SLUGS].sort());
    expect(SLUGS).toContain(SYNTHETIC);
    expect(report.tally.Article.failed).toBe(0);
  });

  it.each(SLUGS)('serves %s with the same text, elements and attributes as Jekyll', async (slug) => {
    const html = await bodyHtmlOf(slug);
    expect(normalise(html, 'cms', { siteUrl })).toEqual(normalise(jekyll.posts.get(slug) ?? '', 'jekyll', { siteUrl }));
  });
});
