#!/usr/bin/env node
/**
 * Tools the tests run that npm does not install, each from Debian (run before `npm test`):
 * - Chromium, which the admin-panel tests drive (playwright-core downloads no browser);
 * - Jekyll (4.3, kramdown), which the render-parity tests build the old site with, to compare our bodyHtml with it;
 * - Varnish and its xkey vmod (varnish-modules), which the cdn suite and bench:delivery put in front of the CMS.
 * When one is missing it installs the package with apt-get if it can (root on Debian), and otherwise says what to do and
 * fails: a parity test must fail, not skip, without its renderer.
 */
const fs = require('fs');
const { execFileSync } = require('child_process');

/** Where Debian puts Varnish's modules: /usr/lib/<multiarch triplet>/varnish/vmods (or /usr/lib/varnish/vmods). */
function xkeyVmod() {
  const dirs = ['/usr/lib/varnish/vmods', ...fs.readdirSync('/usr/lib').map((name) => `/usr/lib/${name}/varnish/vmods`)];
  const found = dirs.map((dir) => `${dir}/libvmod_xkey.so`).find((file) => fs.existsSync(file));
  return found ?? '/usr/lib/<arch>/varnish/vmods/libvmod_xkey.so';
}

const TOOLS = [
  {
    name: 'Chromium',
    path: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    pathVariable: 'CHROMIUM_PATH',
    debianPackage: 'chromium',
    for: 'the admin-panel tests',
  },
  { name: 'Jekyll', path: process.env.JEKYLL_PATH || '/usr/bin/jekyll', pathVariable: 'JEKYLL_PATH', debianPackage: 'jekyll', for: 'the render-parity tests' },
  { name: 'Varnish', path: process.env.VARNISHD_PATH || '/usr/sbin/varnishd', pathVariable: 'VARNISHD_PATH', debianPackage: 'varnish', for: 'the cdn tests' },
  { name: "Varnish's xkey vmod", path: xkeyVmod(), debianPackage: 'varnish-modules', for: 'the cdn tests' },
];

function canInstall() {
  return typeof process.getuid === 'function' && process.getuid() === 0 && fs.existsSync('/usr/bin/apt-get');
}

const missing = TOOLS.filter((tool) => !fs.existsSync(tool.path));
if (missing.length > 0) {
  if (!canInstall()) {
    for (const tool of missing) {
      process.stderr.write(
        `${tool.name} is needed for ${tool.for} and was not found at ${tool.path}.\n` +
          `Install it (Debian: apt-get install ${tool.debianPackage})${tool.pathVariable ? ` or point ${tool.pathVariable} at it` : ''}.\n`,
      );
    }
    process.exitCode = 1;
  } else {
    const packages = missing.map((tool) => tool.debianPackage);
    process.stdout.write(`Installing Debian ${packages.join(' and ')} for ${[...new Set(missing.map((tool) => tool.for))].join(' and ')}...\n`);
    const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], quiet);
    execFileSync('apt-get', ['install', '-y', '-qq', ...new Set(packages)], quiet);
  }
}
