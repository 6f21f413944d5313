#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional packages (other operating systems and CPUs) that the
 * package registry reachable from our build machines does not serve. npm install leaves them out of the lock file, and
 * `npm ci` then refuses the lock file as "out of sync". A stub entry carrying the platform (os/cpu/libc) is all npm ci
 * needs to skip them on this platform. Run it after any `npm install` that changes the lock file.
 */
const fs = require('fs');
const path = require('path');

const lockPath = path.resolve(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'openbsd', 'openharmony', 'linux', 'win32', 'sunos', 'aix', 'netbsd'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el'];

/** Reads the platform from a package name such as @rollup/rollup-linux-arm-musleabihf or @swc/core-win32-x64-msvc. */
function platformOf(name) {
  const words = name.split('/').pop().split('-');
  const os = words.find((word) => OS.includes(word));
  const cpu = words.find((word) => CPU.includes(word));
  if (!os || !cpu) return null;
  const libc = words.some((word) => word.startsWith('musl')) ? 'musl' : words.some((word) => word.startsWith('gnu')) ? 'glibc' : null;
  // In the key order npm itself writes, so a later npm install leaves the entries as they are.
  return { cpu: [cpu], ...(os === 'linux' && libc ? { libc: [libc] } : {}), optional: true, os: [os] };
}

/** Where Node would find `name` from the package at `from`: the nearest node_modules up the tree. */
function resolvedPath(from, name) {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent >= 0 ? dir.slice(0, parent) : '';
  }
}

const added = [];
for (const [from, entry] of Object.entries({ ...packages })) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolvedPath(from, name)) continue;
    const platform = platformOf(name);
    if (!platform) throw new Error(`${from} has optional dependency ${name} missing from the lock file, and its platform is unknown.`);
    const at = packages[`node_modules/${name}`] ? `${from}/node_modules/${name}` : `node_modules/${name}`;
    packages[at] = { version, ...platform };
    added.push(at);
  }
}

if (added.length > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}
process.stdout.write(`package-lock.json: ${added.length} platform package(s) added.\n`);
