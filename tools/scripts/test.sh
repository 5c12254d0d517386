#!/usr/bin/env bash
# `npm test`: install, build, then every test tier. Uses DATABASE_URL when set (a real
# PostgreSQL), the embedded PostgreSQL otherwise. Ends with a "N passed, N failed" line.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
set -e
ensure_deps
build_all
set +e

RESULTS="$(mktemp -d)"
PASSED=0
FAILED=0
STATUS=0
export NODE_OPTIONS=--experimental-vm-modules

tally() { # name json-file exit-code
  local p f
  p=$(node -e "try{const r=require('$2');console.log(r.numPassedTests)}catch{console.log(0)}")
  f=$(node -e "try{const r=require('$2');console.log(r.numFailedTests+(r.numRuntimeErrorTestSuites||0))}catch{console.log(1)}")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  [ "$3" -eq 0 ] || STATUS=1
  echo "$1: $p passed, $f failed"
}

log "Unit tests"
npx jest --json --outputFile="$RESULTS/unit.json"; tally unit "$RESULTS/unit.json" $?

log "Integration tests (${DATABASE_URL:+real PostgreSQL}${DATABASE_URL:-embedded PostgreSQL})"
npx jest -c apps/api/jest.integration.config.js --runInBand --json --outputFile="$RESULTS/integration.json"; tally integration "$RESULTS/integration.json" $?

log "API tests over HTTP"
npx jest -c apps/api/jest.e2e.config.js --maxWorkers=2 --json --outputFile="$RESULTS/e2e.json"; tally api-e2e "$RESULTS/e2e.json" $?

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  log "Browser tests (Chromium) against a fresh server with demo data"
  npx tsc -p apps/web-e2e/tsconfig.json
  port=$((4100 + RANDOM % 800))
  data_dir="$(mktemp -d)"
  if start_server_background "$port" "$data_dir" "$RESULTS/server.log"; then
    for spec in apps/web-e2e/dist/*.e2e.js; do
      BASE_URL="$SERVER_URL" CHROMIUM_PATH="$CHROMIUM" node "$spec" | tee "$RESULTS/browser.log"
      code=${PIPESTATUS[0]}
      line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RESULTS/browser.log" | tail -1)
      p=$(echo "${line:-0 passed, 1 failed}" | awk '{print $1}'); f=$(echo "${line:-0 passed, 1 failed}" | awk '{print $3}')
      PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); [ "$code" -eq 0 ] || STATUS=1
    done
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
  else
    echo "browser tests: the server did not start"; FAILED=$((FAILED + 1)); STATUS=1
  fi
  rm -rf "$data_dir"
else
  echo "NOTE: browser tests not run — no Chromium at $CHROMIUM (install: apt-get install -y chromium). CI installs it."
fi

echo
echo "${PASSED} passed, ${FAILED} failed"
exit $STATUS
