#!/usr/bin/env bash
# Sign-in bursts on one production node (docs/performance.md, "Sign-in bursts"): the start of an
# assembly. While trainers already signed in mark their registers, 200 trainees sign in spread
# over 10 s, then 200 at the same moment, then 200 at once with nobody marking; each is timed
# from the login page to their home.
# Prints the hashing floor of this machine (N BCrypt checks on every core) to compare with.
# Needs the production jar (./pw package), Node 18+ and Debian's PostgreSQL (installed if missing).
# Usage: perf/load/signins.sh [people, default 200] [markers, default 100]
# WARM_BURSTS=n: warm each node with exactly n bursts instead of until its JIT has settled.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
PEOPLE=${1:-200}
MARKERS=${2:-100}
DB=pathways_signins
CLIENT="$ROOT/perf/load/load.mjs"
trap stop_nodes EXIT

ensure_postgres
migrated_database "$DB"
seed_load_data "$DB" 300
describe_run
# The app's own BCrypt, from the jar.
jars=$(unzip -l "$JAR" | awk '/(spring-security-crypto|commons-logging)-.*\.jar/ {print $4}')
rm -rf "$OUT/crypto" && mkdir -p "$OUT/crypto" && unzip -oq "$JAR" $jars -d "$OUT/crypto"
"$JDK/bin/java" -cp "$(find "$OUT/crypto" -name '*.jar' | paste -sd:)" "$ROOT/perf/load/HashFloor.java" "$PEOPLE"

# Warms the node with bursts of 200 sign-ins over 5 s while 50 trainers mark, until the JIT has
# compiled the sign-in, home and register paths: until a burst in which it compiled for less than
# 2 s (at least 3 bursts, at most 12; about 7 here). WARM_BURSTS=n warms with exactly n instead
# (the runs before 2026-12-07 warmed with 3, which left the JIT compiling during the measured
# burst and BCrypt itself not yet at full speed: docs/performance.md).
warm_node() {
  local bursts=0 before after settled=""
  case "${WARM_BURSTS:-1}" in '' | *[!0-9]* | 0) echo "WARM_BURSTS must be a positive number" >&2; return 1 ;; esac
  while :; do
    before=$(jit_seconds)
    node "$CLIENT" signins http://localhost:8081 "$OUT/$DB-registers.csv" 200 5 50 "$OUT/signins-warm" >/dev/null
    bursts=$((bursts + 1))
    after=$(jit_seconds)
    if [ -n "${WARM_BURSTS:-}" ]; then
      [ "$bursts" -lt "$WARM_BURSTS" ] || break
    elif [ "$bursts" -ge 3 ] && awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b < 2) }'; then
      break
    elif [ "$bursts" -ge 12 ]; then
      settled="; NOT settled"
      break
    fi
  done
  echo "(warmed with $bursts bursts; the JIT compiled for $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }') s in the last$settled)"
}

# Seconds the node's JIT has spent compiling since it started.
jit_seconds() {
  LC_ALL=C "$JDK/bin/jstat" -compiler "$NODE_PID" | awk 'NR == 2 { print $4 }'
}

echo
# Over 10 s and at once while MARKERS trainers mark; then at once with nobody marking.
for burst in "10 $MARKERS" "0 $MARKERS" "0 0"; do
  read -r spread markers <<<"$burst"
  # Each burst on a fresh node, warmed the same way first, as a node in service is.
  start_node signins 8081 "$DB"
  warm_node
  node "$CLIENT" signins http://localhost:8081 "$OUT/$DB-registers.csv" "$PEOPLE" "$spread" "$markers" "$OUT/signins-$spread-$markers" \
    | { [ "$spread" = 10 ] && cat || tail -1; }
  stop_nodes
done
