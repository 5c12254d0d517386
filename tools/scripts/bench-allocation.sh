#!/usr/bin/env bash
# Speed benchmark of libs/allocation: 100,000 seeded requests on 10,000 cards.
# Builds the library and the tool quietly, then runs it. Extra arguments go to the tool
# (e.g. --policy suanli,easy --json).
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsc -p libs/allocation/tsconfig.lib.json
npx tsc -p tools/bench-allocation/tsconfig.json
exec node tools/bench-allocation/dist/bench.js "$@"
