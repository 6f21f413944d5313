'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const compileApp = require('./global-setup');

/**
 * The admin-panel tests need the server compiled and the admin panel built. The build takes about a minute, so it runs
 * only when dist/build is missing (CI and the demo build it first).
 */
module.exports = async () => {
  await compileApp();
  const appDir = path.resolve(__dirname, '..', '..');
  if (!fs.existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) {
    execFileSync('npx', ['strapi', 'build'], { cwd: appDir, stdio: 'inherit' });
  }
};
