#!/usr/bin/env bash
# Two production nodes and nginx on this machine over one PostgreSQL (docs/cluster.md):
#   1. starts node1 (:8081) and node2 (:8082), each naming itself in its session ids, and nginx (:8088)
#      with deploy/nginx/pathways.conf.template;
#   2. trainers mark registers through nginx (load.mjs, Vaadin's own protocol), spread over both nodes,
#      after 30 s of the same load to warm both nodes up;
#   3. stops node1 mid-run (kill -9 by default: a machine lost, not a polite shutdown);
#   4. checks (before the load): 20 failed logins from one address, half on each node, spend that
#      address's budget on both;
#   5. checks: people on node1 signed in again (on node2) and went on, people on node2 saw no error,
#      every acknowledged mark is in the database, and each run of the retention job (every minute
#      here) was done by one node only;
#   6. the database restarts under load: while the same trainers mark through node2, PostgreSQL stops
#      for DB_DOWN seconds (default 5) and starts again, as a managed database does on failover or
#      maintenance. Checks: no error (a tap meanwhile is answered "not saved, try again" on its
#      card), marking resumes by itself within 10 s of the database coming back, every acknowledged
#      mark is in the database, and the health endpoint said the database was down, then up.
# Needs the production jar (./pw package), Node 18+, Debian's PostgreSQL and nginx (both installed
# if missing). Usage: perf/cluster/run.sh [sessions, default 100] [seconds, default 150]
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
SESSIONS=${1:-100}
RUN_SECONDS=${2:-150}
STOP_AFTER=$((RUN_SECONDS / 3))
STOP_SIGNAL=${STOP_SIGNAL:-KILL}
DB=pathways_cluster
NGINX_DIR="$OUT/nginx"

stop_all() {
  [ -f "$NGINX_DIR/nginx.pid" ] && nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -s stop 2>/dev/null || true
  stop_nodes
}
trap stop_all EXIT

ensure_postgres
command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
migrated_database "$DB"
seed_load_data "$DB" "$SESSIONS"

# Both nodes run the retention job every minute for this run, so that "once per cluster" shows.
start_node node1 8081 "$DB" PATHWAYS_NODE_ROUTE=node1 PATHWAYS_RETENTION_CRON='0 * * * * *'
NODE1=$NODE_PID
start_node node2 8082 "$DB" PATHWAYS_NODE_ROUTE=node2 PATHWAYS_RETENTION_CRON='0 * * * * *'

mkdir -p "$NGINX_DIR"
PATHWAYS_NODE1=127.0.0.1:8081 PATHWAYS_NODE2=127.0.0.1:8082 PATHWAYS_LISTEN=8088 \
  envsubst '${PATHWAYS_NODE1} ${PATHWAYS_NODE2} ${PATHWAYS_LISTEN}' \
  < "$ROOT/deploy/nginx/pathways.conf.template" > "$NGINX_DIR/pathways.conf"
cat > "$NGINX_DIR/nginx.conf" <<CONF
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
worker_processes 1;
events { worker_connections 4096; }
http {
    access_log off;
    include $NGINX_DIR/pathways.conf;
}
CONF
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf"
curl -sf http://localhost:8088/actuator/health >/dev/null || { echo "nginx does not reach the nodes" >&2; exit 1; }

# The login limit per client address holds across nodes: 20 failures from one address, spread
# over both nodes, spend its budget on both (LoginThrottle keeps it in PostgreSQL).
# sign_in PORT ADDRESS EMAIL PASSWORD prints "in" when the login form signed in, else "out".
sign_in() {
  local jar location
  jar=$(mktemp)
  curl -s -o /dev/null -c "$jar" -H "X-Forwarded-For: $2" "http://127.0.0.1:$1/login"
  location=$(curl -s -o /dev/null -b "$jar" -w '%{redirect_url}' -H "X-Forwarded-For: $2" \
    -H "Origin: http://127.0.0.1:$1" --data-urlencode "username=$3" --data-urlencode "password=$4" \
    "http://127.0.0.1:$1/login")
  rm -f "$jar"
  if [ -n "$location" ] && [[ "$location" != *"/login"* ]]; then echo in; else echo out; fi
}
for n in $(seq 1 20); do
  sign_in $(( n % 2 ? 8081 : 8082 )) 198.51.100.7 "nobody-$n@load.example.org" wrong-password >/dev/null
done
limit="$(sign_in 8081 198.51.100.7 load-trainer-1@load.example.org pathways)"
limit+=" $(sign_in 8082 198.51.100.7 load-trainer-1@load.example.org pathways)"
limit+=" $(sign_in 8082 198.51.100.8 load-trainer-1@load.example.org pathways)"
echo "Login limit: 10 failures from one address on each node, then the right password on node1, on node2, and from another address: $limit"
[ "$limit" = "out out in" ] \
  || { echo "FAIL: the per-address login limit is not shared by the nodes" >&2; exit 1; }

# Warm both nodes up first (JIT, pools), through nginx, so the run measures a cluster in service.
node "$ROOT/perf/load/load.mjs" marks http://localhost:8088 "$OUT/$DB-registers.csv" "$SESSIONS" 30 "$OUT/cluster-warm-up" >/dev/null

echo "$SESSIONS sessions through nginx for ${RUN_SECONDS} s; node1 stopped (SIG$STOP_SIGNAL) after ${STOP_AFTER} s"
started=$(date +%s)
SPLIT_AT=$STOP_AFTER node "$ROOT/perf/load/load.mjs" marks http://localhost:8088 "$OUT/$DB-registers.csv" "$SESSIONS" "$RUN_SECONDS" "$OUT/cluster" \
  > "$OUT/cluster-load.txt" 2> "$OUT/cluster-load-errors.txt" &
CLIENT=$!
sleep "$STOP_AFTER"
kill -"$STOP_SIGNAL" "$NODE1"
echo "node1 stopped at $(( $(date +%s) - started )) s"
wait "$CLIENT"
cat "$OUT/cluster-load.txt"

echo
echo "Acknowledged marks against the database:"
verify_marks "$DB" "$OUT/cluster-acked.csv"

echo
# Every run of the job names the time it was due; on two nodes each due time must be done once.
# A short run may end before the first due run is picked (nodes poll once a minute): wait for one.
for _ in $(seq 90); do
  grep -q 'Retention run due' "$OUT/node1.log" "$OUT/node2.log" && break
  sleep 1
done
runs=$(grep -ho 'Retention run due at [^ ]*' "$OUT/node1.log" "$OUT/node2.log" | sort)
twice=$(uniq -d <<<"$runs")
echo "Retention job (due every minute, every node polling): $(grep -c . <<<"$runs") runs —" \
     "node1 $(grep -c 'Retention run due' "$OUT/node1.log" || true), node2 $(grep -c 'Retention run due' "$OUT/node2.log" || true);" \
     "due times done twice: ${twice:-none}"
psql -d "$DB" -c "select task_name, picked, picked_by, last_success from scheduled_tasks"
[ -n "$runs" ] && [ -z "$twice" ] || { echo "FAIL: the retention job did not run exactly once per due time" >&2; exit 1; }

# The verdicts (the client's per-node lines: "… node node2: … 0 errors, 0 signed out")
grep -q "node node2: .*), 0 errors, 0 signed out" "$OUT/cluster-load.txt" \
  || { echo "FAIL: people on node2 noticed node1 stopping" >&2; exit 1; }
grep -Eq "node node1: .* [1-9][0-9]* signed out" "$OUT/cluster-load.txt" \
  || { echo "FAIL: nobody on node1 had to sign in again — was it stopped?" >&2; exit 1; }
echo "PASS: node2's people noticed nothing; node1's signed in again and went on; no acknowledged mark lost"

# 6. The database restarts under load. node1 is gone, so node2 carries everyone through nginx.
DB_DOWN=${DB_DOWN:-5}
RESTART_RUN=45
echo
echo "$SESSIONS sessions through nginx for ${RESTART_RUN} s; PostgreSQL stopped after 15 s, started again ${DB_DOWN} s later"
node "$ROOT/perf/load/load.mjs" marks http://localhost:8088 "$OUT/$DB-registers.csv" "$SESSIONS" "$RESTART_RUN" "$OUT/restart" \
  > "$OUT/restart-load.txt" 2> "$OUT/restart-load-errors.txt" &
CLIENT=$!
# What the health endpoint says meanwhile, twice a second (the time, then its answer).
( while kill -0 "$CLIENT" 2>/dev/null; do
    echo "$(date +%s%3N) $(curl -s -m 12 http://127.0.0.1:8082/actuator/health | tr -d '\n')"
    sleep 0.5
  done ) > "$OUT/restart-health.txt" &
HEALTH=$!
sleep 20   # the sign-ins, then 15 s of marking
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
pg_ctlcluster $cluster stop -m fast
down_at=$(date +%s%3N)
# Someone signs in meanwhile: told to try again in a minute, never an error page.
( jar=$(mktemp)
  curl -s -m 20 -c "$jar" -b "$jar" http://127.0.0.1:8082/login -o /dev/null
  curl -s -m 20 -c "$jar" -b "$jar" -H "Origin: http://127.0.0.1:8082" -o /dev/null -w '%{http_code} %{redirect_url}\n' \
    -d "username=trainer@demo.pathways&password=pathways" http://127.0.0.1:8082/login
  date +%s%3N
  curl -s -m 20 -c "$jar" -b "$jar" -w '\n%{http_code}\n' http://127.0.0.1:8082/login?error
  rm -f "$jar" ) > "$OUT/restart-sign-in.txt" 2>&1 &
SIGN_IN=$!
sleep "$DB_DOWN"
start_at=$(date +%s%3N)
pg_ctlcluster $cluster start
up_at=$(date +%s%3N)
wait "$SIGN_IN" || true
wait "$CLIENT" || { cat "$OUT/restart-load.txt"; echo "FAIL: the load client stopped (see $OUT/restart-load-errors.txt)" >&2; exit 1; }
wait "$HEALTH" || true
cat "$OUT/restart-load.txt"
# From the client's timeline (epoch ms, outcome of each tap): what happened around the restart.
read -r not_saved errors last_not_saved first_saved_after < <(awk -F, -v up="$up_at" '
  $2 == "not-saved" { n++; if ($1 > last) last = $1 }
  $2 == "error" { e++ }
  $2 == "saved" && $1 >= up && (first == "" || $1 < first) { first = $1 }
  END { print n + 0, e + 0, (last == "" ? 0 : last), (first == "" ? 0 : first) }' "$OUT/restart-timeline.csv")
resumed_ms=$(( first_saved_after > 0 ? first_saved_after - up_at : -1 ))
echo "PostgreSQL down for $(( (up_at - down_at) / 1000 )) s: $not_saved taps answered \"not saved, try again\", $errors errors;" \
     "first mark saved $(( resumed_ms / 1000 )).$(( resumed_ms % 1000 / 100 )) s after the database was back" \
     "(last \"not saved\" $(( last_not_saved > 0 ? (last_not_saved - up_at) / 1000 : 0 )) s after it)"
# Each answer: {"components":{"db":{"status":…},…},…,"status":…} (the overall status last).
health_down=$(grep -c '"db":{"status":"DOWN"' "$OUT/restart-health.txt" || true)
health_last=$(tail -1 "$OUT/restart-health.txt" | sed -n 's/.*"status":"\([A-Z]*\)"}$/\1/p')
echo "Health meanwhile: $health_down answers with the database DOWN; at the end: ${health_last:-no answer}"
echo
echo "Acknowledged marks against the database:"
verify_marks "$DB" "$OUT/restart-acked.csv"
[ "$errors" = 0 ] && ! grep -q . "$OUT/restart-load-errors.txt" \
  || { echo "FAIL: taps during the restart met errors (see $OUT/restart-load-errors.txt)" >&2; exit 1; }
[ "$not_saved" -gt 0 ] || { echo "FAIL: no tap met the database down — did it stop?" >&2; exit 1; }
[ "$resumed_ms" -ge 0 ] && [ "$resumed_ms" -le 10000 ] \
  || { echo "FAIL: marking did not resume within 10 s of the database coming back" >&2; exit 1; }
[ "$health_down" -gt 0 ] && [ "$health_last" = UP ] \
  || { echo "FAIL: the health endpoint did not say the database was down, then up" >&2; exit 1; }
# The sign-in during the outage: sent back to the sign-in page, which said why. Its answer came
# before PostgreSQL was started again (Hikari gives up after 5 s); if it came after, the person
# may have been signed in, but never shown an error page.
sign_in_answer=$(sed -n 1p "$OUT/restart-sign-in.txt")
sign_in_at=$(sed -n 2p "$OUT/restart-sign-in.txt")
[[ $sign_in_at =~ ^[0-9]+$ ]] \
  || { echo "FAIL: the sign-in during the outage got no answer (see $OUT/restart-sign-in.txt)" >&2; exit 1; }
echo "A sign-in while the database was down: $sign_in_answer, $(( (sign_in_at - down_at) / 1000 )) s after the stop"
if [ "$sign_in_at" -lt "$start_at" ]; then
  [[ "$sign_in_answer" == "302 "*"/login?error" ]] && grep -q "cannot reach its database just now" "$OUT/restart-sign-in.txt" \
    && [ "$(tail -1 "$OUT/restart-sign-in.txt")" = 200 ] \
    || { echo "FAIL: a sign-in during the outage was not told to try again (see $OUT/restart-sign-in.txt)" >&2; exit 1; }
else
  [[ "$sign_in_answer" == "302 "* ]] \
    || { echo "FAIL: a sign-in during the outage met an error (see $OUT/restart-sign-in.txt)" >&2; exit 1; }
fi
echo "PASS: the database restarted under load; taps meanwhile said \"not saved\", marking resumed by itself, no acknowledged mark lost"

