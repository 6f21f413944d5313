#!/usr/bin/env node
/**
 * The admin-panel tests drive Debian's Chromium (playwright-core downloads no browser). Run before `npm test`: when
 * Chromium is missing it installs the `chromium` package with apt-get if it can (root on Debian), and otherwise says
 * what to do and fails.
 */
const fs = require('fs');
const { execFileSync } = require('child_process');

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function canInstall() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && fs.existsSync('/usr/bin/apt-get');
}

if (!fs.existsSync(chromiumPath)) {
  if (!canInstall()) {
    process.stderr.write(
      `Chromium is needed for the admin-panel tests and was not found at ${chromiumPath}.\n` +
        'Install it (Debian: apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.\n',
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('Installing Debian chromium for the admin-panel tests...\n');
    const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], quiet);
  }
}
