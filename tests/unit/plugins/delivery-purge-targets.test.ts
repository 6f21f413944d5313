import http from 'http';
import type { AddressInfo } from 'net';
import { varnishTarget, webhookTarget } from '../../../src/plugins/delivery/server/src/purge/targets';

interface Received {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback server answering every request with `status`, recording what it got. */
async function fakeCdn(status = 200): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', headers: request.headers, body });
      response.statusCode = status;
      response.end('done');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('purge targets', () => {
  it('purges Varnish with PURGE and the keys space-separated in xkey-purge, or xkey-softpurge when soft', async () => {
    const cdn = await fakeCdn();
    try {
      await varnishTarget(cdn.url, false).send(['all', 'doc:api::article.article:a1']);
      await varnishTarget(cdn.url, true).send(['list:api::article.article']);
      expect(cdn.received.map(({ method }) => method)).toEqual(['PURGE', 'PURGE']);
      expect(cdn.received[0].headers['xkey-purge']).toBe('all doc:api::article.article:a1');
      expect(cdn.received[1].headers['xkey-softpurge']).toBe('list:api::article.article');
    } finally {
      await cdn.close();
    }
  });

  it('posts the keys to a webhook as JSON with its bearer secret, and without one when none is set', async () => {
    const cdn = await fakeCdn();
    try {
      await webhookTarget(cdn.url, 's3cret').send(['all']);
      await webhookTarget(cdn.url, null).send(['type:api::kicker.kicker']);
      expect(cdn.received[0].method).toBe('POST');
      expect(JSON.parse(cdn.received[0].body)).toEqual({ tags: ['all'] });
      expect(cdn.received[0].headers.authorization).toBe('Bearer s3cret');
      expect(cdn.received[1].headers.authorization).toBeUndefined();
    } finally {
      await cdn.close();
    }
  });

  it('sends a webhook at most 256 keys per call', async () => {
    const cdn = await fakeCdn();
    try {
      await webhookTarget(cdn.url, null).send(Array.from({ length: 300 }, (_, index) => `doc:api::source.source:s${index}`));
      expect(cdn.received.map(({ body }) => (JSON.parse(body) as { tags: string[] }).tags.length)).toEqual([256, 44]);
    } finally {
      await cdn.close();
    }
  });

  it.each([
    ['Varnish', (url: string) => varnishTarget(url, false)],
    ['a webhook', (url: string) => webhookTarget(url, null)],
  ])('fails a purge %s answers with an error status, so it is retried', async (_name, target) => {
    const cdn = await fakeCdn(503);
    try {
      await expect(target(cdn.url).send(['all'])).rejects.toThrow(/503/);
    } finally {
      await cdn.close();
    }
  });
});
