#!/usr/bin/env bash
# `npm run bench:billing`: build, then bill a generated month on a real PostgreSQL (DATABASE_URL or the local one).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_deps
npx tsc -p libs/domain/tsconfig.lib.json
npx tsc -p libs/allocation/tsconfig.lib.json
npx tsc -p libs/matching/tsconfig.lib.json
npx tsc -p apps/api/tsconfig.app.json
node tools/bench-billing/bench-billing.mjs
