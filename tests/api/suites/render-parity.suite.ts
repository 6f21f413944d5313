import fs from 'fs';
import path from 'path';
import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { deliveryConfig } from '../../../src/plugins/delivery/server/src/utils';
import type { ImportReport } from '../../../src/importer/run-import';
import { bySlug } from '../../helpers/delivery';
import { draftArticle, importPaths } from '../../helpers/import-site';
import { buildWithJekyll, type JekyllBuild } from '../../helpers/parity/jekyll';
import { normalise } from '../../helpers/parity/normalise';
import { PARITY_SITES } from '../../helpers/parity/sites';
import { strapiInstance } from '../../helpers/strapi';

// Every post of the old site, and a synthetic one using every body feature, imported as the newsroom imports them and
// read back from the Content API, against the page the real Jekyll builds from the same files.
const SLUGS = PARITY_SITES.flatMap((site) => fs.readdirSync(path.join(site, '_posts')).map((file) => path.basename(file, '.md').slice(11)));
const SYNTHETIC = 'render-parity-every-feature';

/**
 * The bodyHtml readers get. A post a publish rule holds back as a draft (an AI image's caption, a politics post citing
 * no source) has no public page, so its stored draft body is rendered by the same function the route calls.
 */
async function bodyHtmlOf(slug: string, siteUrl: string): Promise<{ html: string; fromRoute: boolean }> {
  const response = await bySlug(slug);
  if (response.status === 200) return { html: response.body.data.bodyHtml as string, fromRoute: true };
  expect(response.status).toBe(404);
  return { html: renderBodyHtml((await draftArticle(slug)).body, { siteUrl }), fromRoute: false };
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

  it('imports every post Jekyll built, the synthetic one published', async () => {
    expect([...jekyll.posts.keys()].sort()).toEqual([...SLUGS].sort());
    expect(report.tally.Article.failed).toBe(0);
    expect((await bodyHtmlOf(SYNTHETIC, siteUrl)).fromRoute).toBe(true);
  });

  it.each(SLUGS)('serves %s with the same text, elements and attributes as Jekyll', async (slug) => {
    const { html } = await bodyHtmlOf(slug, siteUrl);
    expect(normalise(html, 'cms', { siteUrl })).toEqual(normalise(jekyll.posts.get(slug) ?? '', 'jekyll', { siteUrl }));
  });
});
