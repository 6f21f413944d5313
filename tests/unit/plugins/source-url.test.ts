import { normalizeSourceUrl } from '../../../src/plugins/sourcing/server/src/domain/source-url';
import { validateConfig } from '../../../src/plugins/sourcing/server/src/config';

const SITE = ['https://the-adriatic.github.io/the-adriatic/'];
const url = (raw: string) => {
  const result = normalizeSourceUrl(raw, SITE);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('normalizeSourceUrl', () => {
  it.each([
    ['HTTPS://WWW.Politico.EU/article/x/', 'https://www.politico.eu/article/x'],
    ['https://www.politico.eu/article/x?utm_source=tw&utm_medium=social', 'https://www.politico.eu/article/x'],
    ['https://example.org/a?id=3&fbclid=abc&gclid=def', 'https://example.org/a?id=3'],
    ['https://example.org/a#section-2', 'https://example.org/a'],
    ['https://example.org:443/a', 'https://example.org/a'],
    ['https://example.org', 'https://example.org/'],
    ['  https://example.org/a  ', 'https://example.org/a'],
    ['https://user:secret@example.org/a', 'https://example.org/a'],
  ])('normalizes %s to %s', (raw, expected) => {
    expect(url(raw).url).toBe(expected);
  });

  it('gives the same URL for two spellings of one document', () => {
    expect(url('https://www.nato.int/kfor/#top').url).toBe(url('https://WWW.NATO.INT/kfor?utm_campaign=x').url);
  });

  it('records the lower-case host', () => {
    expect(url('https://Defence24.COM/geopolitics').host).toBe('defence24.com');
  });

  it.each([
    ['https://the-adriatic.github.io/the-adriatic/2026/02/09/dodik-proxy-republika-srpska/', true],
    ['https://the-adriatic.github.io/the-adriatic', true],
    ['https://the-adriatic.github.io/other-site/', false],
    ['https://www.nato.int/', false],
  ])('says whether %s is internal: %s', (raw, internal) => {
    expect(url(raw).isInternal).toBe(internal);
  });

  it.each([
    ['', 'A source needs a URL.'],
    ['not a url', 'This is not a web address a reader can follow.'],
    ['javascript:alert(1)', 'A source URL must start with http:// or https://.'],
    ['data:text/html,<script>', 'A source URL must start with http:// or https://.'],
    ['ftp://example.org/file', 'A source URL must start with http:// or https://.'],
  ])('refuses %j', (raw, message) => {
    expect(normalizeSourceUrl(raw, SITE)).toEqual({ ok: false, message });
  });
});

describe('sourcing config', () => {
  it('refuses a site URL that is not a URL', () => {
    expect(() => validateConfig({ siteUrls: ['the-adriatic'] })).toThrow(/siteUrls/);
  });
});
