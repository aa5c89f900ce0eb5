#!/usr/bin/env bash
# The documented crash test of docs/RELIABILITY.md (the test command runs a short one: 3 rounds, 1,000 racing saves).
#
#   scripts/crash-test.sh [ROUNDS] [RACING]
#
# ROUNDS (default 40) alternate kill -9 of Payara and kill -9 of PostgreSQL during 200 concurrent saves, so 40 rounds
# are 20 of each; RACING (default 10000) saves then race in groups of 100 on one base revision each. Runs
# org.newsdesk.run.CrashTest on the run command's Payara domain and a durable PostgreSQL of its own
# (ear/target/crash-data); results in ear/target/crash-results.md. Run after a build (mvn -B install -DskipTests);
# MVN_FLAGS (default -o -q) go to Maven. Uses ports 8080, 4848 and 54331: stop the run command first.
set -u
cd "$(dirname "$0")/.."
mvn ${MVN_FLAGS:--o -q} -pl ear exec:exec@crash-test -Dcrash.rounds="${1:-40}" -Dcrash.racing="${2:-10000}" \
  -Dcrash.commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs' || echo '+changes')"
