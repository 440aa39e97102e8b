#!/usr/bin/env bash
# Lighthouse on the production jar (docs/performance.md, "The page itself"): a fresh database with
# the demo data and one register of 60 (the load seed's first trainer, open now), one node, then
# run.mjs (the login page, the trainee's home and path, that register of 60; phone and desktop,
# empty cache each time).
# Needs the production jar (./pw package), Node 18+, Chromium and Debian's PostgreSQL (installed if
# missing). Usage: perf/lighthouse/run.sh [label, default run]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
LABEL=${1:-run}
DB=pathways_lighthouse
trap stop_nodes EXIT

ensure_postgres
fresh_database "$DB"
start_node lighthouse 8081 "$DB"
seed_load_data "$DB" 1
cd "$ROOT/perf/lighthouse"
[ -d node_modules ] || npm install --no-audit --no-fund >/dev/null
describe_run "$(chromium --version 2>/dev/null)"
node run.mjs http://localhost:8081 "$LABEL"
