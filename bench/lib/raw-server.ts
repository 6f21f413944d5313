import { fork } from 'child_process';
import http from 'http';
import type net from 'net';
import { stopChild, type Cleanups } from './processes';

/** The warm by-slug response, which the raw server repeats byte for byte. */
export interface Sample {
  body: Buffer;
  type: string;
  etag: string;
}

interface SampleMessage {
  body: string;
  type: string;
  etag: string;
}

/** The raw ceiling's part: answer every request with the sample the parent sends, on a port it reports back. */
function serveRaw(): void {
  process.once('message', (message: SampleMessage) => {
    const body = Buffer.from(message.body, 'base64');
    const headers = { 'Content-Type': message.type, ETag: message.etag, 'Content-Length': body.length };
    const server = http.createServer((_request, response) => response.writeHead(200, headers).end(body));
    server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as net.AddressInfo).port }));
  });
}

/**
 * Starts the raw ceiling in a child process running this module, rather than in the benchmark's own: on the same event
 * loop as autocannon it would be measured against its own load generator. It still shares the machine's cores with
 * autocannon, as Strapi does.
 */
export function startRawServer(sample: Sample, cleanups: Cleanups): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { stdio: 'inherit' });
    cleanups.add('stop the raw server', () => stopChild(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The raw server exited with ${code} before listening.`)));
    child.once('message', (message: { port: number }) => resolve(`http://127.0.0.1:${message.port}`));
    const message: SampleMessage = { body: sample.body.toString('base64'), type: sample.type, etag: sample.etag };
    child.send(message);
  });
}

if (require.main === module) serveRaw();
