#!/usr/bin/env bash
# One command for a fresh clone: install, build the admin panel, import the newsroom's archive (../shared/fixtures) on
# SQLite, print the demo admin's credentials and serve the CMS on http://localhost:1337. It runs on the project's Node,
# installed from the npm registry into .toolchain/ the first time (scripts/node-toolchain.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node-toolchain.sh

export STRAPI_TELEMETRY_DISABLED=true
npm ci --no-audit --no-fund
node scripts/make-env.js
npm run build
npm run import -- ../shared/fixtures/adriatic ../shared/fixtures/factchecks
npm run demo:admin
exec npm run start
