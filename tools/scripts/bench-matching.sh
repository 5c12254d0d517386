#!/usr/bin/env bash
# Benchmark of libs/matching: 1,000 needs × 500 resources (seeded), time and total score vs greedy.
# Builds the library and the tool quietly, then runs it. Extra arguments go to the tool
# (e.g. --runs 9, --write-doc to rewrite docs/benchmarks/matching.md, --json).
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tsc -p libs/matching/tsconfig.lib.json
npx tsc -p tools/bench-matching/tsconfig.json
exec node tools/bench-matching/dist/bench.js "$@"
