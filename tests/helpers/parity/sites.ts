import path from 'path';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures');

/** The old site the newsroom imports, and the synthetic post that uses every body feature its kramdown rendered. */
export const PARITY_SITES = [path.join(FIXTURES, 'adriatic'), path.resolve(__dirname, '..', '..', 'fixtures', 'render-parity')];

/** The delivery plugin's default site root (config/plugins.ts), the one the test instance runs with. */
export const PARITY_SITE = { siteUrl: 'https://the-adriatic.github.io/the-adriatic/' };
