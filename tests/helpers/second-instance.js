'use strict';

// A second Strapi on the same database as the test run's own, in its own process (Strapi keeps one global instance
// per process), listening on a free loopback port. It prints "listening <port>" once it serves, and stops on SIGTERM.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

async function main() {
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  await app.server.mount();
  const server = app.server.httpServer;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
  process.once('SIGTERM', () => {
    app.destroy().then(
      () => process.exit(0),
      (error) => {
        process.stderr.write(`Could not stop cleanly: ${error.stack ?? error}\n`);
        process.exit(1);
      },
    );
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
