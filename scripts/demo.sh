#!/usr/bin/env bash
# One command for a fresh clone: install, build the admin panel, import the newsroom's archive (../shared/fixtures) on
# SQLite, make the demo's users (a Super Admin and one per newsroom role), complete and publish one fact check, and
# serve the CMS on PUBLIC_URL (http://localhost:1337). Once the server answers, the closing lines list every user's
# e-mail and password and the addresses worth opening; `npm run demo:check` requests them all. Running it again brings
# the same demo back: the import reports what it already has, the users keep their passwords from .env.
# It runs on the project's Node, installed from the npm registry into .toolchain/ the first time (scripts/node-toolchain.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node-toolchain.sh

export STRAPI_TELEMETRY_DISABLED=true
npm ci --no-audit --no-fund
node scripts/make-env.js
npm run build
npm run import -- ../shared/fixtures/adriatic ../shared/fixtures/factchecks
npm run demo:admin -- --quiet
# The closing lines, once the server answers, so they come after its start-up log and every address works.
node dist/scripts/demo-check.js --wait 300 --print &
exec npm run start
