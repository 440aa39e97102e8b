# Shared by perf/load/run.sh and perf/cluster/run.sh: Debian's PostgreSQL, production nodes, live heap.
# Sourced, not run. Everything they write goes to target/perf/ (never committed).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/target/perf"
mkdir -p "$OUT"
export PGHOST=localhost PGUSER=pathways PGPASSWORD=pathways PGDATABASE=postgres
NODE_PIDS=()

# A JDK 21+ with jcmd (the machine's default java may be older), as ./pw finds one.
pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/jcmd" ] || continue
    local major
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$candidate"; return 0; fi
  done
  echo "No JDK 21+ found; set JAVA_HOME" >&2
  return 1
}
JDK=$(pick_jdk)

# The jar a script runs: PATHWAYS_JAR if the caller names one (perf/lighthouse/compare.sh), else
# the newest built.
JAR=${PATHWAYS_JAR:-$(ls "$ROOT"/target/pathways-*.jar 2>/dev/null | sort -V | tail -1 || true)}
[ -n "$JAR" ] || { echo "No production jar: run ./pw package first" >&2; exit 1; }
# ./pw test also writes a jar, in development mode (ten times the memory per session): refuse it.
production_jar() {
  unzip -p "$1" '*flow-build-info.json' | grep -q '"productionMode" *: *true' \
    || { echo "$(basename "$1") is a development build: run ./pw package first" >&2; exit 1; }
}
production_jar "$JAR"

# SQL as the server's superuser, over its socket (not as the PG* variables above say).
as_postgres() {
  (unset PGHOST PGUSER PGPASSWORD PGDATABASE; su postgres -c "psql -qtc \"$1\"")
}

# Debian's PostgreSQL, installed and started if need be, with a role that may create databases.
ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local cluster
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  pg_ctlcluster $cluster start >/dev/null 2>&1 || true
  if as_postgres "select 1 from pg_roles where rolname = 'pathways'" | grep -q 1; then
    as_postgres "alter role pathways login createdb password 'pathways'" >/dev/null
  else
    as_postgres "create role pathways login createdb password 'pathways'" >/dev/null
  fi
}

fresh_database() {
  dropdb --if-exists "$1"
  createdb "$1"
}

# A fresh database with the schema and demo data, migrated by the jar itself (Liquibase); one node
# migrates first, as two would be serialised by Liquibase's lock anyway.
migrated_database() {
  fresh_database "$1"
  start_node migrate 8081 "$1"
  stop_nodes
}

# The line each script's results begin with: the jar, the JDK and the cores they were measured on.
describe_run() {
  echo "Production jar: $(basename "$JAR"), JDK $("$JDK/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.version = //p'), $(nproc) cores${1:+, $1}"
}

# start_node <name> <port> <database> [VAR=value …]: the production jar, 2 GB of heap (the target's
# size); sets NODE_PID (not echoed: a command substitution would lose NODE_PIDS).
start_node() {
  local name=$1 port=$2 database=$3
  shift 3
  env SPRING_PROFILES_ACTIVE=demo SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$database" \
    SPRING_DATASOURCE_USERNAME=pathways SPRING_DATASOURCE_PASSWORD=pathways SERVER_PORT="$port" "$@" \
    "$JDK/bin/java" -Xms2g -Xmx2g -Xlog:gc:file="$OUT/$name-gc.log" -jar "$JAR" >"$OUT/$name.log" 2>&1 &
  local pid=$!
  NODE_PID=$pid
  NODE_PIDS+=("$pid")
  for _ in $(seq 120); do
    if curl -sf "http://localhost:$port/actuator/health" >/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "Node $name did not start; see $OUT/$name.log" >&2
  return 1
}

stop_nodes() {
  for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODE_PIDS[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; done
  NODE_PIDS=()
}

# Live heap in bytes: the class histogram runs a full GC first and counts what survives.
live_heap() {
  "$JDK/bin/jcmd" "$1" GC.class_histogram | awk '/^Total/ {print $3}'
}

# The load client's registers for a seeded database.
seed_load_data() {
  psql -q -d "$1" -v registers="${2:-200}" -v size=60 -v out="$OUT/$1-registers.csv" -f "$ROOT/perf/load/seed.sql" >/dev/null
}

# Every mark the client saw acknowledged must be in the database (or, for a tap whose answer was
# lost, one of the values it tried). Prints the counts; fails when any acknowledged mark is missing.
verify_marks() {
  local database=$1 acked=$2
  psql -q -d "$database" -v ON_ERROR_STOP=1 <<SQL
create temporary table acked (session_id bigint, person_id bigint, status text, tried text);
\copy acked from '$acked' csv
\pset footer off
select count(*) filter (where a.status is not null) as "acknowledged",
       count(*) filter (where a.status is not null and m.status = a.status) as "in the database",
       count(*) filter (where a.tried is not null) as "answer lost",
       count(*) filter (where a.status is not null and m.status is distinct from a.status
                          and not coalesce(m.status = any (string_to_array(a.tried, '|')), false)) as "lost marks"
from acked a left join attendance_mark m using (session_id, person_id);
SQL
  local lost
  lost=$(psql -qAt -d "$database" <<SQL
create temporary table acked (session_id bigint, person_id bigint, status text, tried text);
\copy acked from '$acked' csv
select count(*) from acked a left join attendance_mark m using (session_id, person_id)
where a.status is not null and m.status is distinct from a.status
  and not coalesce(m.status = any (string_to_array(a.tried, '|')), false);
SQL
)
  [ "$lost" = "0" ] || { echo "LOST: $lost acknowledged marks are not in the database" >&2; return 1; }
}
