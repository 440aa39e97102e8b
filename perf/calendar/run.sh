#!/usr/bin/env bash
# Calendar feeds at scale (docs/performance.md, "Calendar feeds"): 2,000 people's private feeds,
# each of a course of ten weekly sessions, polled as calendar apps poll them. Measures the server's
# CPU (the JVM and PostgreSQL) per poll when the app's copy is current (304 Not Modified, with
# If-None-Match or with If-Modified-Since only) and for apps that send no validators (200 with the
# whole calendar); then what 2,000 feeds polled every 15 minutes cost.
# Needs the production jar (./pw package), Node 18+ and Debian's PostgreSQL (installed if missing).
# Usage: perf/calendar/run.sh [feeds, default 2000] [minutes between polls, default 15]
# (PLAIN=1: polls without validators only, to measure a build from before they existed.)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
FEEDS=${1:-2000}
MINUTES=${2:-15}
DB=pathways_calendar
trap stop_nodes EXIT

ensure_postgres
migrated_database "$DB"
# 60 people in each cohort: enough cohorts for the feeds, each with ten weekly sessions.
seed_load_data "$DB" $(((FEEDS + 59) / 60))
psql -q -d "$DB" -v ON_ERROR_STOP=1 -v feeds="$FEEDS" -v out="$OUT/$DB-feeds.txt" <<'SQL'
insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select s.cohort_id, gen_random_uuid() || '@calendar', s.starts_at + w * interval '7 days', s.ends_at + w * interval '7 days', s.venue
from training_session s cross join generate_series(1, 9) as w
where s.uid like '%@load';
insert into calendar_feed (person_id, token)
select e.person_id, md5(random()::text) || md5(random()::text)
from enrolment e join person p on p.id = e.person_id
where p.email like 'load-person-%'
order by e.person_id limit :feeds;
analyze training_session, calendar_feed;
\o :out
copy (select token from calendar_feed f join person p on p.id = f.person_id where p.email like 'load-person-%') to stdout;
SQL
describe_run "$(wc -l <"$OUT/$DB-feeds.txt") feeds"

start_node calendar 8081 "$DB"
node "$ROOT/perf/calendar/poll.mjs" http://localhost:8081 "$OUT/$DB-feeds.txt" "$NODE_PID" "$MINUTES" ${PLAIN:+plain}
