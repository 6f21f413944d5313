'use strict';

// `npm run test:api [suite words…] [jest options…]`: the API tests, or only the suites whose names contain a word given
// (tests/api/newsroom.test.ts lists them). With suite words, the run skips the other API test files, which boot a CMS of
// their own for one theme each.
const { spawnSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const words = firstOption === -1 ? args : args.slice(0, firstOption);
const options = firstOption === -1 ? [] : args.slice(firstOption);
const files = words.length > 0 ? ['tests/api/newsroom.test.ts'] : [];
const env = words.length > 0 ? { ...process.env, API_SUITES: words.join(',') } : process.env;

const jest = require.resolve('jest/bin/jest');
const run = spawnSync(process.execPath, [jest, '--selectProjects', 'api', '--runInBand', ...files, ...options], {
  cwd: path.join(__dirname, '..'),
  env,
  stdio: 'inherit',
});
process.exitCode = run.status ?? 1;
