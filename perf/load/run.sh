#!/usr/bin/env bash
# Load through Vaadin's protocol on one production node (docs/performance.md, "Load"):
#   1. heap per signed-in session, on the trainee home and on a register of 60 (as opened, and after
#      one mark), at two numbers of sessions (live heap after a full GC, each page in a fresh JVM);
#   2. trainers marking registers with about a second of think time, at 10, 50, 100 and 200
#      concurrent sessions; then every acknowledged mark is checked in the database.
# Needs the production jar (./pw package), Node 18+ and Debian's PostgreSQL (installed if missing).
# Usage: perf/load/run.sh [seconds per level, default 60]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
SECONDS_PER_LEVEL=${1:-60}
DB=pathways_load
CLIENT="$ROOT/perf/load/load.mjs"
trap stop_nodes EXIT

ensure_postgres
migrated_database "$DB"
seed_load_data "$DB" 200
describe_run

heap_per_session() {
  local page=$1 first=$2 second=$3 warm=20 pid
  start_node "heap-$page" 8081 "$DB"
  pid=$NODE_PID
  node "$CLIENT" hold http://localhost:8081 "$OUT/$DB-registers.csv" "$page" 0 "$warm" >/dev/null
  local h0 h1 h2
  h0=$(live_heap "$pid")
  node "$CLIENT" hold http://localhost:8081 "$OUT/$DB-registers.csv" "$page" "$warm" $((warm + first)) >/dev/null
  h1=$(live_heap "$pid")
  node "$CLIENT" hold http://localhost:8081 "$OUT/$DB-registers.csv" "$page" $((warm + first)) $((warm + second)) >/dev/null
  h2=$(live_heap "$pid")
  stop_nodes
  awk -v page="$page" -v a="$first" -v b="$second" -v h0="$h0" -v h1="$h1" -v h2="$h2" 'BEGIN {
    printf "| %s | %.1f MB | %d → %.1f MB | %.0f KB | %d → %.1f MB | %.0f KB | %.0f KB |\n", page, h0/1e6,
      a, h1/1e6, (h1-h0)/a/1024, b, h2/1e6, (h2-h0)/b/1024, (h2-h1)/(b-a)/1024 }'
}

echo
echo "Live heap per signed-in session (after a full GC; 20 sessions warm the JVM first and are in every figure):"
echo
echo "| page | heap after warm-up | sessions → heap | per session | sessions → heap | per session | per session, between the two |"
echo "|---|---|---|---|---|---|---|"
heap_per_session home 100 200
heap_per_session register 100 200
heap_per_session register-marked 100 200

echo
echo "Mark round trip (ms), ${SECONDS_PER_LEVEL} s per level, think time about 1 s:"
echo
start_node load 8081 "$DB"
node "$CLIENT" marks http://localhost:8081 "$OUT/$DB-registers.csv" 20 20 "$OUT/warm-up" >/dev/null   # JIT and pools
node "$CLIENT" marks http://localhost:8081 "$OUT/$DB-registers.csv" 10,50,100,200 "$SECONDS_PER_LEVEL" "$OUT/load" | grep '^|'
echo
verify_marks "$DB" "$OUT/load-acked.csv"
