#!/usr/bin/env bash
# The load benchmark of docs/BENCHMARKS.md, on the packaged EAR with the run command's durable PostgreSQL.
#
#   scripts/load-benchmark.sh [LABEL]
#
# Measures the disk's fsync rate (pg_test_fsync, when installed: on Debian `apt-get install postgresql-15`), starts the
# README's run command with NEWSDESK_BENCHMARK=true (the baseline endpoint on, pg_stat_statements loaded) on a data
# directory of its own (ear/target/load-data, fresh every time), waits until it is healthy, runs the Gatling load
# (mvn -Pload: org.newsdesk.load.LoadBenchmark), and stops the server. Results: ear/target/load/load-results.md.
# Run after a build (mvn -B install -DskipTests). Settings: LOAD_LEVELS (default 1,10,50,100,200), LOAD_SECONDS
# (measured seconds per run, default 20), LOAD_STORIES (default 240); MVN_FLAGS (default -o -q) go to Maven.
set -u
LABEL=${1:-run}
cd "$(dirname "$0")/.."
export NEWSDESK_DATA=$PWD/ear/target/load-data
export NEWSDESK_BENCHMARK=true
LOG=ear/target/load-server.log
rm -rf "$NEWSDESK_DATA" ear/target/load
mkdir -p "$NEWSDESK_DATA"

fsync="not measured (pg_test_fsync not installed)"
tester=$(command -v pg_test_fsync || ls /usr/lib/postgresql/*/bin/pg_test_fsync 2>/dev/null | tail -1)
if [ -n "$tester" ]; then
  rate=$("$tester" -s 3 -f "$NEWSDESK_DATA/fsync-test" 2>/dev/null | awk '/one 8kB write/ {f=1} f && $1 == "fdatasync" {print $2; exit}')
  rm -f "$NEWSDESK_DATA/fsync-test"
  [ -n "$rate" ] && fsync="pg_test_fsync: $rate fdatasync/s for one 8 kB write (wal_sync_method fdatasync)"
fi
echo "Disk: $fsync"

setsid python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' \
  mvn ${MVN_FLAGS:--o -q} -Prun -DskipTests verify > "$LOG" 2>&1 &
leader=$!
stop() { kill -INT -- "-$leader" 2>/dev/null; wait "$leader" 2>/dev/null; }
trap stop EXIT
for ((i = 0; i < 300; i++)); do
  curl -fs http://localhost:8080/health 2>/dev/null | grep -q '"UP"' && curl -fs -o /dev/null http://localhost:8080/login.xhtml && break
  kill -0 "$leader" 2>/dev/null || { echo "the run command ended; see $LOG"; exit 1; }
  sleep 1
done
echo "Server healthy; load starts"
mvn ${MVN_FLAGS:--o -q} -Pload verify -pl ear -DskipTests \
  -Dload.commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs' || echo '+changes')" \
  -Dload.fsync="$fsync" -Dload.label="$LABEL" \
  -Dload.levels="${LOAD_LEVELS:-1,10,50,100,200}" -Dload.seconds="${LOAD_SECONDS:-20}" \
  -Dload.stories="${LOAD_STORIES:-240}"
status=$?
[ $status = 0 ] && echo "Results: ear/target/load/load-results.md"
exit $status
