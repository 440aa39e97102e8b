#!/usr/bin/env bash
# The production jar in a real browser (pages.mjs): a fresh database with the demo data, one node,
# then every page of each demo person's menu as a first visit. Part of .ci/run, after ./pw package.
# Needs Node 18+, Chromium and Debian's PostgreSQL (installed if missing). Usage: perf/pages/run.sh
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DB=pathways_pages
trap stop_nodes EXIT

ensure_postgres
fresh_database "$DB"
start_node pages 8081 "$DB"
cd "$ROOT/perf/pages"
[ -d node_modules ] || npm install --no-audit --no-fund >/dev/null
describe_run "$(chromium --version 2>/dev/null)"
node pages.mjs http://localhost:8081
