import fs from 'fs';
import path from 'path';
import { parseJekyllPost } from '../../../src/importer/domain/jekyll-post';
import { approve } from '../../helpers/editorial';
import { adminSession, editor, http, unique, uploadFile } from '../../helpers/http';
import { png, xmpPacket } from '../../helpers/xmp-image';

const POSTS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'adriatic', '_posts');
const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
const DODIK = '2026-02-09-dodik-proxy-republika-srpska.md';

/**
 * A fixture post's title and lead image (as the importer reads them), saved as a new draft with a unique title and
 * approved, so that only the image policy stands between it and publishing.
 */
async function draftFromFixture(file: string): Promise<{ documentId: string }> {
  const post = parseJekyllPost(file, fs.readFileSync(path.join(POSTS, file), 'utf8'), 'Europe/Ljubljana');
  const response = await editor.post('/api/articles?status=draft', { data: { title: unique(post.title), leadImage: post.leadImage } }).expect(201);
  await approve(response.body.data.documentId);
  return response.body.data;
}

const publish = (documentId: string) => editor.put(`/api/articles/${documentId}?status=published`, { data: {} });
const saveImage = (documentId: string, leadImage: Record<string, unknown>) =>
  editor.put(`/api/articles/${documentId}?status=draft`, { data: { leadImage } }).expect(200);
const admin = (token: string) => ({
  get: (url: string) => http().get(url).set('Authorization', `Bearer ${token}`),
  post: (url: string, body: object) => http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: object) => http().put(url).set('Authorization', `Bearer ${token}`).send(body),
});
const fieldPaths = (body: { error: { details: { errors: Array<{ path: string[] }> } } }) => body.error.details.errors.map((error) => error.path.join('.'));

describe('Image policy: the fixture posts', () => {
  it('publishes the nine posts that show the placeholder with its standard caption', async () => {
    const placeholders = fs.readdirSync(POSTS).filter((file) => /placeholder|kfor/.test(file));
    expect(placeholders).toHaveLength(9);
    for (const file of placeholders) {
      const { documentId } = await draftFromFixture(file);
      const response = await publish(documentId);
      expect([file, response.status]).toEqual([file, 200]);
      expect(response.body.data.imageDisclosure).toEqual({
        origin: 'ai-placeholder',
        digitalSourceType: AI,
        caption: expect.stringMatching(/^Placeholder image\./),
        credit: null,
        isPlaceholder: true,
      });
    }
  });

  it('refuses to publish the post whose AI image is credited "ChatGPT" without telling the reader, on the caption', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    const refused = await publish(documentId).expect(400);
    expect(fieldPaths(refused.body)).toEqual(['leadImage.caption']);
    expect(refused.body.error.message).toMatch(/image policy.*AI-generated/);
    const published = await http().get(`/api/articles/${documentId}`);
    expect(published.status).toBe(404);
  });

  it('publishes it once the caption discloses the AI image', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    await saveImage(documentId, { url: 'https://example.org/chess.webp', caption: "The proxy's gambit. Image generated with ChatGPT.", credit: 'ChatGPT' });
    const response = await publish(documentId).expect(200);
    expect(response.body.data.imageDisclosure).toMatchObject({ origin: 'ai-generated', digitalSourceType: AI, credit: 'ChatGPT', isPlaceholder: false });
  });

  it('refuses a picture whose origin nobody stated, on the origin field', async () => {
    const { documentId } = await draftFromFixture('2026-02-14-the-albanian-who-won-the-internets-strangest-contest.md');
    expect(fieldPaths((await publish(documentId).expect(400)).body)).toEqual(['leadImage.origin']);
  });

  it('publishes a photograph with a credit, and refuses one without', async () => {
    const photo = { url: 'https://example.org/zvecan.jpg', caption: 'KFOR troops in Zvečan.', origin: 'photograph' };
    const credited = (
      await editor.post('/api/articles?status=draft', { data: { title: unique('Photo'), leadImage: { ...photo, credit: 'Ana Kovač / Reuters' } } }).expect(201)
    ).body.data;
    await approve(credited.documentId);
    await publish(credited.documentId).expect(200);
    const uncredited = (await editor.post('/api/articles?status=draft', { data: { title: unique('Photo'), leadImage: photo } }).expect(201)).body.data;
    await approve(uncredited.documentId);
    expect(fieldPaths((await publish(uncredited.documentId).expect(400)).body)).toEqual(['leadImage.credit']);
  });

  it('ignores an imageDisclosure sent by a caller: it is derived from the lead image', async () => {
    const forged = { origin: 'photograph', digitalSourceType: 'x', caption: null, credit: null, isPlaceholder: false };
    const response = await editor.post('/api/articles?status=draft', { data: { title: unique('Forged'), imageDisclosure: forged } }).expect(201);
    expect(response.body.data.imageDisclosure).toMatchObject({ origin: 'ai-placeholder', isPlaceholder: true });
  });
});

describe('Image policy: overrides', () => {
  let chief: string;
  let section: string;

  beforeAll(async () => {
    chief = (await adminSession('provenance-chief-editor')).token;
    section = (await adminSession('provenance-section-editor')).token;
  });

  it('refuses an override from someone without the override permission (403)', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    await admin(section).post(`/image-policy/articles/${documentId}/override`, { reason: 'The desk approved this image.' }).expect(403);
    await publish(documentId).expect(400);
  });

  it('lets a chief editor publish anyway by recording a reason, and shows who, when and why', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    const recorded = await admin(chief)
      .post(`/image-policy/articles/${documentId}/override`, { reason: 'Satire series: the caption style is the joke.' })
      .expect(200);
    expect(recorded.body.data.override).toMatchObject({
      reason: 'Satire series: the caption style is the joke.',
      userName: 'Test provenance-chief-editor',
      codes: ['ai-disclosure-missing'],
      applies: true,
    });
    expect(Date.parse(recorded.body.data.override.createdAt)).not.toBeNaN();
    await publish(documentId).expect(200);
  });

  it('lets the override lapse when the image changes, so the policy judges it afresh', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    await admin(chief).post(`/image-policy/articles/${documentId}/override`, { reason: 'Approved by the chief editor on the phone.' }).expect(200);
    await saveImage(documentId, { url: 'https://example.org/other.webp', caption: 'Another board.', credit: 'ChatGPT' });
    await publish(documentId).expect(400);
    const report = await admin(chief).get(`/image-policy/articles/${documentId}/report`).expect(200);
    expect(report.body.data.override.applies).toBe(false);
    expect(report.body.data.fixes).toEqual(['disclosure-line']);
  });

  it('wants a reason, and something to override', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    const short = await admin(chief).post(`/image-policy/articles/${documentId}/override`, { reason: 'ok' }).expect(400);
    expect(fieldPaths(short.body)).toEqual(['reason']);
    const fine = (await editor.post('/api/articles?status=draft', { data: { title: unique('Fine') } }).expect(201)).body.data;
    const nothing = await admin(chief).post(`/image-policy/articles/${fine.documentId}/override`, { reason: 'Just in case, for later.' }).expect(400);
    expect(fieldPaths(nothing.body)).toEqual(['leadImage']);
    await admin(chief).get('/image-policy/articles/no-such-document/report').expect(404);
  });
});

describe('Image policy: origin from the uploaded file', () => {
  async function upload(name: string, file: Buffer): Promise<number> {
    const response = await uploadFile(name, 'image/png', file);
    expect(response.status).toBe(201);
    return response.body[0].id;
  }

  it('reads an AI Digital Source Type from the XMP embedded in an uploaded PNG', async () => {
    const file = await upload('board.png', png(xmpPacket(AI)));
    const response = await editor
      .post('/api/articles?status=draft', {
        data: { title: unique('XMP'), leadImage: { file, caption: 'An AI image of a chessboard.', credit: 'Midjourney' } },
      })
      .expect(201);
    expect(response.body.data.imageDisclosure).toMatchObject({ origin: 'ai-generated', digitalSourceType: AI });
    await approve(response.body.data.documentId);
    await publish(response.body.data.documentId).expect(200);
  });

  it('infers nothing from a file without XMP and a human credit: the editor must say', async () => {
    const file = await upload('plain.png', png());
    const response = await editor
      .post('/api/articles?status=draft', { data: { title: unique('No XMP'), leadImage: { file, credit: 'Ana Kovač' } } })
      .expect(201);
    expect(response.body.data.imageDisclosure.origin).toBeNull();
    await approve(response.body.data.documentId);
    expect(fieldPaths((await publish(response.body.data.documentId).expect(400)).body)).toEqual(['leadImage.origin']);
  });
});

describe('Image policy: settings', () => {
  it('are read by every editor and changed only with the settings permission', async () => {
    const reporter = (await adminSession('provenance-reporter')).token;
    const chief = (await adminSession('provenance-chief-editor')).token;
    const superAdmin = (await adminSession('strapi-super-admin')).token;
    const current = (await admin(reporter).get('/image-policy/settings').expect(200)).body.data;
    expect(current.aiTools).toContain('ChatGPT');
    await admin(chief)
      .put('/image-policy/settings', { aiTools: [...current.aiTools, 'Sora'] })
      .expect(403);
    const wrong = await admin(superAdmin).put('/image-policy/settings', { aiTools: 'Sora', colour: 'red' }).expect(400);
    expect(fieldPaths(wrong.body).sort()).toEqual(['aiTools', 'colour']);
    try {
      await admin(superAdmin)
        .put('/image-policy/settings', { aiTools: [...current.aiTools, 'Sora'] })
        .expect(200);
      const response = await editor
        .post('/api/articles?status=draft', { data: { title: unique('Sora'), leadImage: { url: 'https://example.org/s.webp', credit: 'Sora' } } })
        .expect(201);
      expect(response.body.data.imageDisclosure.origin).toBe('ai-generated');
    } finally {
      await admin(superAdmin).put('/image-policy/settings', current).expect(200);
    }
  });
});

describe('Image policy: bad input at the boundary', () => {
  let chief: string;
  let superAdmin: string;

  beforeAll(async () => {
    chief = (await adminSession('provenance-chief-editor')).token;
    superAdmin = (await adminSession('strapi-super-admin')).token;
  });

  it('answers an override reason given as an operator object with a 400 naming it, not a 500', async () => {
    const { documentId } = await draftFromFixture(DODIK);
    const response = await admin(chief)
      .post(`/image-policy/articles/${documentId}/override`, { reason: { $gt: '' } })
      .expect(400);
    expect(fieldPaths(response.body)).toEqual(['reason']);
    expect(response.body.error.message).toMatch(/why this image may be published/);
  });

  it('answers a report or override for a documentId that cannot be one with a 400 naming it', async () => {
    const report = await admin(chief)
      .get(`/image-policy/articles/${'x'.repeat(65)}/report`)
      .expect(400);
    expect(fieldPaths(report.body)).toEqual(['documentId']);
    const override = await admin(chief).post('/image-policy/articles/not%20an%20id/override', { reason: 'The desk approved this image.' }).expect(400);
    expect(fieldPaths(override.body)).toEqual(['documentId']);
  });

  it('answers settings of the wrong type with a 400 naming each, changing nothing', async () => {
    const before = (await admin(superAdmin).get('/image-policy/settings').expect(200)).body.data;
    const wrong = await admin(superAdmin)
      .put('/image-policy/settings', { disclosureLine: 42, disclosureTerms: ['x'.repeat(81)] })
      .expect(400);
    expect(fieldPaths(wrong.body)).toEqual(['disclosureLine', 'disclosureTerms']);
    const unknown = await admin(superAdmin).put('/image-policy/settings', { colour: 'red' }).expect(400);
    expect(unknown.body.error.message).toBe('Unknown setting "colour".');
    const list = await admin(superAdmin).put('/image-policy/settings', ['Sora']).expect(400);
    expect(list.body.error.message).toBe('Send the settings as an object.');
    expect((await admin(superAdmin).get('/image-policy/settings').expect(200)).body.data).toEqual(before);
  });
});
