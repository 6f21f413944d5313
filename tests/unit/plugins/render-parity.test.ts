import fs from 'fs';
import path from 'path';
import { renderBodyHtml } from '../../../src/plugins/delivery/server/src/domain/body-html';
import { sanitizeBody } from '../../../src/plugins/sourcing/server/src/domain/sanitize-body';
import { readFrontMatter } from '../../../src/importer/domain/front-matter';
import { buildWithJekyll, type JekyllBuild } from '../../helpers/parity/jekyll';
import { normalise } from '../../helpers/parity/normalise';
import { PARITY_SITE, PARITY_SITES } from '../../helpers/parity/sites';

// The save and render path without Strapi: each post's body as the sanitizer stores it and the delivery plugin renders
// it, against the real Jekyll's page. The render-parity API suite does the same through the importer and the API.
const POSTS = PARITY_SITES.flatMap((site) => fs.readdirSync(path.join(site, '_posts')).map((file) => path.join(site, '_posts', file)));

describe('Bodies render as the old Jekyll site rendered them', () => {
  let jekyll: JekyllBuild;

  beforeAll(() => {
    jekyll = buildWithJekyll(PARITY_SITES);
  });

  it('builds a page for every post', () => {
    expect([...jekyll.posts.keys()].sort()).toEqual(POSTS.map((file) => path.basename(file, '.md').slice(11)).sort());
  });

  it.each(POSTS.map((file) => [path.basename(file), file]))('renders %s with the same text, elements and attributes', (_name, file) => {
    const body = readFrontMatter(fs.readFileSync(file, 'utf8')).body;
    const ours = renderBodyHtml(sanitizeBody(body, [PARITY_SITE.siteUrl]), PARITY_SITE);
    const theirs = jekyll.posts.get(path.basename(file, '.md').slice(11)) ?? '';
    expect(normalise(ours, 'cms', PARITY_SITE)).toEqual(normalise(theirs, 'jekyll', PARITY_SITE));
  });
});
