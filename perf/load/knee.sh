#!/usr/bin/env bash
# The knee on one node (docs/performance.md, "The knee on one node"): trainers marking registers of
# 60 with about a second of think time, at each level in turn (default 500 and 1,000 concurrent
# sessions), on one production node warmed by 30 s of 200 sessions; a fresh database seeded with
# 1,000 registers. For each level: the mark round trip, the CPU the node, PostgreSQL and the load
# client itself used while the marking ran (so the figure is the server's), and every acknowledged
# mark checked in the database.
# Needs the production jar (./pw package), Node 18+ and Debian's PostgreSQL (installed if missing).
# Usage: perf/load/knee.sh [levels, default 500,1000] [seconds per level, default 60]
# PROFILE=1: also samples the node's CPU with async-profiler for 30 s of the last level's marking
# (after its sign-ins) and writes target/perf/knee-profile.collapsed (and .html, a flame graph).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
LEVELS=${1:-500,1000}
SECONDS_PER_LEVEL=${2:-60}
DB=pathways_knee
CLIENT="$ROOT/perf/load/load.mjs"
SAMPLER=
trap 'stop_nodes; [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true' EXIT

# Clock ticks of user and system CPU used so far by the given processes (fields 14 and 15 of
# /proc/<pid>/stat, counted after the command name, which may hold spaces).
ticks() {
  local pid
  for pid in "$@"; do cat "/proc/$pid/stat" 2>/dev/null || true; done \
    | sed 's/^.*) //' | awk '{t += $12 + $13} END {print t + 0}'
}

ensure_postgres
migrated_database "$DB"
seed_load_data "$DB" 1000
describe_run "think time about 1 s, ${SECONDS_PER_LEVEL} s per level"
start_node knee 8081 "$DB"
node "$CLIENT" marks http://localhost:8081 "$OUT/$DB-registers.csv" 200 30 "$OUT/knee-warm-up" >/dev/null

# Every second: the time, then the ticks of the node, of PostgreSQL and of the load client.
: >"$OUT/knee-cpu.csv"
(
  while :; do
    # shellcheck disable=SC2046 # one pid per word
    echo "$(date +%s%3N),$(ticks "$NODE_PID"),$(ticks $(pgrep -u postgres)),$(ticks $(pgrep -f "load.mjs marks"))" \
      >>"$OUT/knee-cpu.csv"
    sleep 1
  done
) &
SAMPLER=$!

echo
echo "| sessions | marks | marks/s | p50 ms | p95 ms | p99 ms | max ms | errors | signed out → signed in again |"
echo "|---|---|---|---|---|---|---|---|---|"
profile_last_level() {
  local level=$1 flag="$OUT/knee-marking" lib="$OUT/async-profiler/linux-x64/libasyncProfiler.so"
  if [ ! -f "$lib" ]; then
    "$ROOT/mvnw" -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2 -DoutputDirectory="$OUT" >/dev/null
    unzip -q -o "$OUT/async-profiler-4.2.jar" 'linux-x64/*' -d "$OUT/async-profiler"
  fi
  rm -f "$flag"
  (
    until grep -q "^$level " "$flag" 2>/dev/null; do sleep 1; done
    sleep 5
    "$JDK/bin/java" "$ROOT/perf/Attach.java" "$NODE_PID" "$lib" start,event=cpu,interval=1ms
    sleep 30
    "$JDK/bin/java" "$ROOT/perf/Attach.java" "$NODE_PID" "$lib" "stop,collapsed,file=$OUT/knee-profile.collapsed"
    "$JDK/bin/java" "$ROOT/perf/Attach.java" "$NODE_PID" "$lib" "stop,flamegraph,file=$OUT/knee-profile.html" || true
  ) >"$OUT/knee-profiler.log" 2>&1 &
  export MARKING_FLAG=$flag
}

last=${LEVELS##*,}
[ -z "${PROFILE:-}" ] || profile_last_level "$last"
for level in ${LEVELS//,/ }; do
  node "$CLIENT" marks http://localhost:8081 "$OUT/$DB-registers.csv" "$level" "$SECONDS_PER_LEVEL" "$OUT/knee-$level" \
    | grep '^| [0-9]'
  node -e '
    const [r] = JSON.parse(require("fs").readFileSync(process.argv[1]));
    console.log(r.startedAt, r.endedAt, r.marks);' "$OUT/knee-$level-report.json" >"$OUT/knee-$level-window"
  # Now, before the next level marks the same registers again.
  verify_marks "$DB" "$OUT/knee-$level-acked.csv" >"$OUT/knee-$level-verified.txt"
done
sleep 1

echo
echo "CPU while the marking ran (one core = 1 s per second; the node's and PostgreSQL's per mark):"
echo
echo "| sessions | node | PostgreSQL | load client | node per mark | PostgreSQL per mark |"
echo "|---|---|---|---|---|---|"
hz=$(getconf CLK_TCK)
for level in ${LEVELS//,/ }; do
  read -r from to marks <"$OUT/knee-$level-window"
  awk -F, -v from="$from" -v to="$to" -v marks="$marks" -v hz="$hz" -v level="$level" '
    $1 >= from && first == "" { first = $0 }
    $1 <= to { last = $0 }
    END {
      split(first, a, ","); split(last, b, ",")
      s = (b[1] - a[1]) / 1000
      perMark = marks * s / ((to - from) / 1000)   # the marks of the sampled seconds
      printf "| %s | %.2f of a core | %.2f | %.2f | %.2f ms | %.2f ms |\n", level,
        (b[2] - a[2]) / hz / s, (b[3] - a[3]) / hz / s, (b[4] - a[4]) / hz / s,
        (b[2] - a[2]) / hz * 1000 / perMark, (b[3] - a[3]) / hz * 1000 / perMark
    }' "$OUT/knee-cpu.csv"
done

for level in ${LEVELS//,/ }; do
  echo
  echo "Every acknowledged mark in the database, $level sessions:"
  cat "$OUT/knee-$level-verified.txt"
done
