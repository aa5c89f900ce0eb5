#!/usr/bin/env bash
# Start and stop the run command again and again, the way people and machines stop it, and check every start.
#
#   scripts/start-stop-cycles.sh [CYCLES] [RESULTS_FILE]
#
# Each cycle: the README's run command (mvn -Prun -DskipTests verify, in its own process group) → healthy
# (/health UP and the login page served) → a story saved through the API → stopped, in turn by Ctrl-C (SIGINT to
# the whole group), SIGTERM to the group, and kill -9 of the whole group → no process of it left, the ports free.
# The next start must be healthy again and hold every story saved before. Data: its own directory
# (NEWSDESK_DATA, default ear/target/cycles-data), so a developer's demo data is never touched.
# Run after a build (mvn -B install -DskipTests); MVN_FLAGS (default -o -q) are passed to Maven.
set -u
CYCLES=${1:-30}
RESULTS=${2:-ear/target/start-stop-cycles.md}
cd "$(dirname "$0")/.."
export NEWSDESK_DATA=${NEWSDESK_DATA:-$PWD/ear/target/cycles-data}
PASSWORD=${NEWSDESK_DEMO_PASSWORD:-newsdesk-demo}
PORTS="8080 4848 ${NEWSDESK_DB_PORT:-54320}"
MODES=(INT TERM KILL)
LOG=ear/target/start-stop-cycles.log
mkdir -p ear/target "$NEWSDESK_DATA"
: > "$LOG"
saved=()
failures=0
{
  echo "# Start and stop, $CYCLES cycles"
  echo
  echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores."
  echo
  echo "| cycle | stopped by | start to healthy | stories kept | processes left | ports free | result |"
  echo "|---|---|---|---|---|---|---|"
} > "$RESULTS"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- ; }
# what is left of a run: its process group (Maven and the runner, PostgreSQL), and Payara and PostgreSQL by name
ours() { { pgrep -g "$1"; pgrep -f "domains/newsdesk|$NEWSDESK_DATA/postgres"; } 2>/dev/null | sort -u | grep -v "^$$\$" ; }

for ((cycle = 1; cycle <= CYCLES; cycle++)); do
  mode=${MODES[$(( (cycle - 1) % 3 ))]}
  start=$(date +%s)
  # in its own process group, as a terminal runs it: SIGINT not ignored (a background job of a script ignores it,
  # and the JVM keeps what it inherits), so that the group's Ctrl-C is a real Ctrl-C
  setsid python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' \
    mvn ${MVN_FLAGS:--o -q} -Prun -DskipTests verify >> "$LOG" 2>&1 &
  leader=$!
  healthy=no
  for ((i = 0; i < 300; i++)); do
    if curl -fs http://localhost:8080/health 2>/dev/null | grep -q '"UP"' \
        && curl -fs -o /dev/null http://localhost:8080/login.xhtml; then
      healthy=yes; break
    fi
    kill -0 "$leader" 2>/dev/null || break
    sleep 1
  done
  took=$(( $(date +%s) - start ))
  kept=0
  if [ "$healthy" = yes ]; then
    for id in "${saved[@]}"; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -u "editor:$PASSWORD" "http://localhost:8080/api/stories/$id")
      [ "$code" = 200 ] && kept=$((kept + 1))
    done
    id=$(curl -s -u "reporter:$PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"headline\":\"Zyklus $cycle\",\"language\":\"de\",\"bodyText\":\"Gespeichert vor dem Halt.\"}" \
      http://localhost:8080/api/stories | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
    [ -n "$id" ] && saved+=("$id")
  fi
  kill -s "$mode" -- "-$leader" 2>/dev/null
  left=""
  for ((i = 0; i < 90; i++)); do
    left=$(ours "$leader" | tr '\n' ' ')
    busy=""
    for port in $PORTS; do port_busy "$port" && busy="$busy $port"; done
    [ -z "$left" ] && [ -z "$busy" ] && break
    sleep 1
  done
  expected=$(( ${#saved[@]} - 1 ))
  [ "$healthy" = yes ] || expected=${#saved[@]}
  result=ok
  if [ "$healthy" != yes ] || [ "$kept" -ne "$expected" ] || [ -n "$left" ] || [ -n "$busy" ]; then
    result=FAILED; failures=$((failures + 1))
  fi
  echo "| $cycle | $mode | ${took} s ($healthy) | $kept of $expected | ${left:-none} | ${busy:-yes} | $result |" >> "$RESULTS"
  echo "cycle $cycle: $mode, healthy=$healthy in ${took}s, kept $kept/$expected, left='${left}', busy='${busy}' → $result"
  if [ -n "$left" ]; then kill -9 -- "-$leader" $left 2>/dev/null; sleep 2; fi
done
echo >> "$RESULTS"
echo "$failures of $CYCLES cycles failed." >> "$RESULTS"
exit $(( failures > 0 ))
