#!/usr/bin/env bash
# One command for a fresh clone: install, build the admin panel, load the demo newsroom on SQLite, print the demo admin's
# credentials and serve the CMS on http://localhost:1337.
set -euo pipefail
cd "$(dirname "$0")/.."

export STRAPI_TELEMETRY_DISABLED=true
npm ci --no-audit --no-fund
node scripts/make-env.js
npm run build
npm run seed
exec npm run start
