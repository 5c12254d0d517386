#!/usr/bin/env bash
# `npm start`: install, build, and run Suanli on the embedded PostgreSQL with demo data.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_deps
build_all
cat <<BANNER

  Suanli — demo sign-ins (password for all: Suanli#2026)
    manager@suanli.dev                 incubation manager (pipeline board)
    admin@suanli.dev                   administrator
    consultant@suanli.dev              policy consultant (read-only)
    founder@rongcheng-vision.example   founder of 蓉城智眼科技 (portal)
    founder@tianfu-med.example         founder of 天府医影 (HIGH-sensitivity medical tenant)

BANNER
exec node apps/api/dist/main.js
