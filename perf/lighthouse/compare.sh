#!/usr/bin/env bash
# Two builds of one page, audited in turn on the same machine at the same hour (docs/performance.md,
# "The page itself"): one run of Lighthouse's phone swings by ±5 here, so a change is judged on
# alternating runs of the jar before it and the jar after it, not on one run of each. Each jar gets
# its own node and fresh database with the demo data and one register of 60, as run.sh does.
# Needs two production jars (./pw package, copied aside), Node 18+, Chromium and Debian's
# PostgreSQL (installed if missing).
# Usage: perf/lighthouse/compare.sh BEFORE.jar AFTER.jar [runs, default 3] [home|my-path|register|login]
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BEFORE=$(realpath "$1"); AFTER=$(realpath "$2"); RUNS=${3:-3}; PAGE=${4:-register}
PATHWAYS_JAR=$BEFORE
source "$(dirname "$0")/../lib.sh"
production_jar "$AFTER"
trap stop_nodes EXIT

ensure_postgres
fresh_database pathways_compare_before
fresh_database pathways_compare_after
# Each node migrates its database as it starts; the register of 60 is seeded into it after.
JAR=$BEFORE start_node compare-before 8081 pathways_compare_before
JAR=$AFTER start_node compare-after 8082 pathways_compare_after
seed_load_data pathways_compare_before 1
seed_load_data pathways_compare_after 1
cd "$ROOT/perf/lighthouse"
[ -d node_modules ] || npm install --no-audit --no-fund >/dev/null
echo "before: $(basename "$BEFORE") ($(date -r "$BEFORE" '+%F %T')), after: $(basename "$AFTER") ($(date -r "$AFTER" '+%F %T'))"
describe_run "$(chromium --version 2>/dev/null)"
node compare.mjs http://localhost:8081 http://localhost:8082 "$RUNS" "$PAGE"
