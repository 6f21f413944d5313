import { editor, unique } from '../../helpers/http';
import { STANDARD_PLACEHOLDER_CAPTION } from '../../../src/plugins/image-policy/server/src/constants';

const post = (endpoint: string, data: Record<string, unknown>) => editor.post(`/api/${endpoint}?populate=*`, { data });

describe('editorial plugin', () => {
  it("tidies a kicker's label and derives its slug from it", async () => {
    const suffix = unique('').trim();
    const response = await post('kickers', { label: `  NATO   3.0 ${suffix} ` }).expect(201);
    expect(response.body.data.label).toBe(`NATO 3.0 ${suffix}`);
    expect(response.body.data.slug).toBe(`nato-3-0-${suffix.replace(/\W+/g, '-')}`);
  });

  it('treats "Nato 3.0" as the same kicker as "NATO 3.0": the second is refused', async () => {
    const suffix = unique('').trim();
    await post('kickers', { label: `NATO 3.0 ${suffix}` }).expect(201);
    const response = await post('kickers', { label: `Nato 3.0 ${suffix}`, slug: 'something-else' }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['slug']);
  });

  it('refuses a kicker longer than the hard limit with a 400 on the label', async () => {
    const response = await post('kickers', { label: 'A kicker that runs on and on and on past sixty characters' + ' long' }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['label']);
  });
});

describe('image-policy plugin', () => {
  it('gives an article saved without a picture the placeholder origin and standard caption', async () => {
    const response = await editor.post('/api/articles?status=draft&populate=*', { data: { title: unique('No picture') } }).expect(201);
    expect(response.body.data.leadImage).toMatchObject({ origin: 'ai-placeholder', caption: STANDARD_PLACEHOLDER_CAPTION });
  });

  it("keeps a photograph's own caption and origin", async () => {
    const leadImage = { url: 'https://example.org/photo.jpg', caption: 'KFOR troops in Zvečan.', credit: 'Jane Doe', origin: 'photograph' };
    const response = await editor.post('/api/articles?status=draft&populate=*', { data: { title: unique('With picture'), leadImage } }).expect(201);
    expect(response.body.data.leadImage).toMatchObject(leadImage);
  });
});

describe('sourcing plugin', () => {
  it('stores a source under its normalized URL and records the host', async () => {
    const path = unique('article').replace(/\W+/g, '-');
    const response = await post('sources', { url: `HTTPS://WWW.Politico.EU/${path}/?utm_source=tw&id=3&fbclid=x#top` }).expect(201);
    expect(response.body.data.url).toBe(`https://www.politico.eu/${path}?id=3`);
    expect(response.body.data.host).toBe('www.politico.eu');
    expect(response.body.data.isInternal).toBe(false);
  });

  it('refuses a second source for the same document with a 400 on the URL', async () => {
    const path = unique('nato').replace(/\W+/g, '-');
    await post('sources', { url: `https://www.nato.int/${path}` }).expect(201);
    const response = await post('sources', { url: `https://WWW.NATO.INT/${path}/#kfor` }).expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['url']);
  });

  it("recognises a link to the newsroom's own article as internal", async () => {
    const path = unique('dodik').replace(/\W+/g, '-');
    const response = await post('sources', { url: `https://the-adriatic.github.io/the-adriatic/2026/02/09/${path}/` }).expect(201);
    expect(response.body.data.isInternal).toBe(true);
  });
});
