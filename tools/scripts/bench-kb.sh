#!/usr/bin/env bash
# `npm run bench:kb`: build, then time knowledge-base search for 20 and 2,000 articles on PostgreSQL and PGlite.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_deps
npx tsc -p libs/domain/tsconfig.lib.json
npx tsc -p libs/allocation/tsconfig.lib.json
npx tsc -p libs/matching/tsconfig.lib.json
npx tsc -p apps/api/tsconfig.app.json
node tools/bench-kb/bench-kb-search.mjs
