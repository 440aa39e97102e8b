#!/usr/bin/env bash
# The production jar in a real browser (pages.mjs): a fresh database with the demo data, one node,
# then every page of each demo person's menu as a first visit. Part of .ci/run, after ./pw package.
# Needs Chromium and Debian's PostgreSQL (installed if missing); Node comes from .ci/node.sh.
# Usage: perf/pages/run.sh
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
DB=pathways_pages
trap stop_nodes EXIT

ensure_postgres
fresh_database "$DB"
start_node pages 8081 "$DB"
seed_load_data "$DB" 1   # a register of 60, open now (its trainer is load-trainer-1@load.example.org)
# The Node ./pw package fetched (a fresh machine may have none on its PATH), and exactly the locked
# puppeteer-core.
export PATH="$("$ROOT/.ci/node.sh")/bin:$PATH"
cd "$ROOT/perf/pages"
npm ci --no-audit --no-fund >/dev/null
describe_run "$(chromium --version 2>/dev/null)"
node pages.mjs http://localhost:8081
