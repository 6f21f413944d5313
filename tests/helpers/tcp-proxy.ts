import net from 'net';

/**
 * A TCP proxy on a loopback port in front of a real server. `cut()` does to its clients what a database restart does:
 * every open connection is dropped and new ones are refused (nothing listens), until `restore()` listens again on the
 * same port. `freeze()` does what a server that hangs does: connections stay open and what clients send reaches the
 * server, but no answer comes back until `thaw()`. The real server is never touched, so other test runs sharing it
 * carry on.
 */
export interface TcpProxy {
  readonly port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A reset is how a cut looks from either side; without a listener it would be thrown in the test process.
    socket.on('error', () => socket.destroy());
  };
  // Each connection's way back, from the server to its client, held while frozen.
  const answers = new Map<net.Socket, net.Socket>();
  let frozen = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    track(client);
    track(upstream);
    answers.set(upstream, client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => {
      answers.delete(upstream);
      client.destroy();
    });
    client.pipe(upstream);
    if (frozen) upstream.pause();
    else upstream.pipe(client);
  });
  const port = await listen(server, 0);
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      dropAll();
    });

  return {
    port,
    cut: stopListening,
    restore: async () => {
      if (!server.listening) await listen(server, port);
    },
    freeze: () => {
      frozen = true;
      for (const [upstream, client] of answers) {
        upstream.unpipe(client);
        upstream.pause();
      }
    },
    thaw: () => {
      frozen = false;
      for (const [upstream, client] of answers) upstream.pipe(client);
    },
    close: stopListening,
  };
}
