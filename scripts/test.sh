#!/usr/bin/env bash
# The README's test command for a fresh clone: the project's Node (installed from the npm registry into .toolchain/ the
# first time, scripts/node-toolchain.sh), a clean install, then every test. Arguments go to jest. Already on Node 24?
# `npm ci && npm test` is the same thing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/node-toolchain.sh
npm ci --no-audit --no-fund
npm test -- "$@"
