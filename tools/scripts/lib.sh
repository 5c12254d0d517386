# Shared helpers for the project scripts. Source it; do not run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

log() { printf '\n\033[1;36m▶ %s\033[0m\n' "$*"; }

# Installs dependencies when node_modules is missing or older than the lockfile.
ensure_deps() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Builds the shared libraries, the API and the web app, in dependency order.
build_all() {
  log "Building libs/domain, libs/allocation, libs/matching, apps/api, apps/web"
  npx tsc -p libs/domain/tsconfig.lib.json
  npx tsc -p libs/allocation/tsconfig.lib.json
  npx tsc -p libs/matching/tsconfig.lib.json
  npx tsc -p apps/api/tsconfig.app.json
  npx vite build --config apps/web/vite.config.mts --logLevel warn
}

# Starts the built server in the background on a fresh embedded database; sets SERVER_PID and SERVER_URL.
start_server_background() {
  local port="$1" data_dir="$2" log_file="$3"
  DATABASE_URL="" SUANLI_DATA_DIR="$data_dir" PORT="$port" HOST=127.0.0.1 node apps/api/dist/main.js >"$log_file" 2>&1 &
  SERVER_PID=$!
  SERVER_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    if grep -q "Suanli is running at" "$log_file"; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$log_file"; return 1; fi
    sleep 0.5
  done
  cat "$log_file"
  return 1
}
