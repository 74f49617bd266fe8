#!/usr/bin/env bash
# OParl importer benchmark (issue 8): objects/s of a full `import-oparl` from a local OParl server
# (our own application serving a demo city) into a fresh database, with files excluded and included,
# against the floor of PostgreSQL COPY of the same rows in the same run; prints the figures and
# ratios and writes them into docs/benchmarks.md. Separate from the tests (mvn -B verify never runs
# it). See docs/benchmarks.md and docs/importer.md.
#
#   bench/import-bench.sh
#
# Settings (environment):
#   BENCH_IMPORT_SCALE       demo city served as the source: small (default; generated into target/bench once)
#                            or large (the large demo data of BENCH_DATA_DIR, reused or generated; long)
#   BENCH_DATA_DIR           large demo data directory (default ./data-bench-large; only read by the source)
#   BENCH_DB_PORT            embedded PostgreSQL of the source (default 54360)
#   BENCH_HTTP_PORT          HTTP port of the source (default 18095)
#   BENCH_TARGET_DB_PORT     embedded PostgreSQL of the import target (default 54361)
#   BENCH_CONCURRENCY        --concurrency of the importer (default 2)
#   BENCH_IMPORT_MAX_SECONDS time limit of one import (default 3600)
#   BENCH_APP_JAVA_OPTS      JVM options of source and importer (default -Xmx2g)
#   BENCH_DEMO_DATE          reference date of generated data (default 2026-06-01)
#   BENCH_DOC                file whose results section is rewritten (default docs/benchmarks.md)
# Only 127.0.0.1 is contacted. Every loop is bounded in time and count.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SCALE=${BENCH_IMPORT_SCALE:-small}
DB_PORT=${BENCH_DB_PORT:-54360}
HTTP_PORT=${BENCH_HTTP_PORT:-18095}
TARGET_DB_PORT=${BENCH_TARGET_DB_PORT:-54361}
CONCURRENCY=${BENCH_CONCURRENCY:-2}
IMPORT_MAX=${BENCH_IMPORT_MAX_SECONDS:-3600}
APP_OPTS=${BENCH_APP_JAVA_OPTS:--Xmx2g}
DEMO_DATE=${BENCH_DEMO_DATE:-2026-06-01}
DOC=$(realpath -m "${BENCH_DOC:-$ROOT/docs/benchmarks.md}")
WORK=$ROOT/target/bench
RUN=$WORK/import-run
BASE=http://127.0.0.1:$HTTP_PORT
TOOL=import-bench
case "$SCALE" in
  large) DATA_DIR=$(realpath -m "${BENCH_DATA_DIR:-$ROOT/data-bench-large}") ;;
  small) DATA_DIR=$WORK/import-source-small ;;
  *) echo "$TOOL: BENCH_IMPORT_SCALE must be small or large" >&2; exit 2 ;;
esac
source "$ROOT/bench/common.sh"
bench_java() {
  java -Xmx1g -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" -Dbench.dir="$RUN" \
    -Dbench.jdbc="jdbc:postgresql://127.0.0.1:$TARGET_DB_PORT/postgres" -Dbench.doc="$DOC" \
    -cp "$CP" org.openris.bench.ImportBench "$@"
}
wait_healthy() {  # pid url log
  for i in $(seq 1 300); do
    kill -0 "$1" 2>/dev/null || die "the application exited during start-up, see $3"
    curl -sf "$2/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  die "the application did not become healthy within 300 s, see $3"
}

# ---------------------------------------------------------------- source data
if [[ "$SCALE" == large ]]; then
  ensure_large_data
elif [[ -f "$DATA_DIR/postgres/PG_VERSION" ]]; then
  ORIGIN="reused"
else
  port_in_use "$DB_PORT" && die "port $DB_PORT is in use (set BENCH_DB_PORT)"
  log "generating the small demo city into $DATA_DIR"
  rm -rf "$DATA_DIR.partial"
  started=$SECONDS
  RIS_DATA_DIR="$DATA_DIR.partial" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT \
    timeout 1800 java $APP_OPTS -jar "$APP_JAR" --demo-scale=small --demo-date="$DEMO_DATE" --demo-exit >"$WORK/import-demo.log" 2>&1 \
    || die "generating the demo data failed, see $WORK/import-demo.log"
  mv "$DATA_DIR.partial" "$DATA_DIR"
  ORIGIN="generated in $((SECONDS - started)) s"
fi

# ---------------------------------------------------------------- source application
port_in_use "$HTTP_PORT" && die "port $HTTP_PORT is in use (set BENCH_HTTP_PORT)"
port_in_use "$TARGET_DB_PORT" && die "port $TARGET_DB_PORT is in use (set BENCH_TARGET_DB_PORT)"
rm -rf "$RUN" && mkdir -p "$RUN"
LOAD_BEFORE=$(load1)
log "starting the source on $BASE (log: $RUN/source.log)"
RIS_DATA_DIR="$DATA_DIR" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT RIS_SEARCH_BACKGROUND=false RIS_OPARL_WITHDRAWALS=false \
  java $APP_OPTS -jar "$APP_JAR" >"$RUN/source.log" 2>&1 &
APP_PID=$!
wait_healthy "$APP_PID" "$BASE" "$RUN/source.log"
{
  printf 'M\tdate\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'M\tcommit\t%s\n' "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
  printf 'M\tcpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  printf 'M\tcores\t%s\n' "$(nproc)"
  printf 'M\tmemory\t%s GiB\n' "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)"
  printf 'M\tjava\t%s\n' "$(java -version 2>&1 | head -1)"
  printf 'M\tload_before\t%s\n' "$LOAD_BEFORE"
  printf 'M\tscale\t%s\n' "$SCALE"
  printf 'M\tdata_origin\t%s\n' "$ORIGIN"
  printf 'M\tconcurrency\t%s\n' "$CONCURRENCY"
} >"$RUN/meta.tsv"

# ---------------------------------------------------------------- imports and floors
TARGET_PID=
stop_target() {
  if [[ -n "$TARGET_PID" ]] && kill -0 "$TARGET_PID" 2>/dev/null; then
    kill -TERM "$TARGET_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$TARGET_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$TARGET_PID" 2>/dev/null || true
  fi
  TARGET_PID=
}
trap 'stop_target; stop_app' EXIT
log "reading the source once before the imports (renders and stores its OParl documents, so both imports meet the same warm source)"
bench_java crawl "$BASE/oparl/v1/system" before
for mode in nofiles files; do
  target=$RUN/target-$mode
  flags=(--full --delay-ms 0 --concurrency "$CONCURRENCY")
  [[ "$mode" == nofiles ]] && flags+=(--no-files)
  log "import ($mode) into a fresh database: import-oparl $BASE/oparl/v1/system ${flags[*]}"
  kill -0 "$APP_PID" 2>/dev/null || die "the source died, see $RUN/source.log"
  rc=0
  RIS_DATA_DIR="$target" RIS_DB_EMBEDDED_PORT=$TARGET_DB_PORT \
    timeout "$IMPORT_MAX" java $APP_OPTS -jar "$APP_JAR" import-oparl "$BASE/oparl/v1/system" "${flags[@]}" >"$RUN/import-$mode.log" 2>&1 || rc=$?
  [[ $rc -eq 0 ]] || echo "warning: import-oparl ended with exit code $rc (see $RUN/import-$mode.log)" >&2
  grep -E '^Import ' "$RUN/import-$mode.log" | tail -3 || true
  log "COPY floor of the same rows (target database, started as a server without HTTP traffic)"
  RIS_DATA_DIR="$target" RIS_DB_EMBEDDED_PORT=$TARGET_DB_PORT PORT=0 RIS_SEARCH_BACKGROUND=false RIS_OPARL_WITHDRAWALS=false \
    java -Xmx1g -jar "$APP_JAR" >"$RUN/target-$mode.log" 2>&1 &
  TARGET_PID=$!
  for i in $(seq 1 300); do
    kill -0 "$TARGET_PID" 2>/dev/null || die "the target did not start, see $RUN/target-$mode.log"
    grep -q 'Started RisApplication' "$RUN/target-$mode.log" && break
    [[ $i -eq 300 ]] && die "the target did not start within 300 s"
    sleep 1
  done
  bench_java measure "$mode"
  stop_target
  rm -rf "$target"
done
log "reading the source alone (the same lists, without importing)"
kill -0 "$APP_PID" 2>/dev/null || die "the source died, see $RUN/source.log"
bench_java crawl "$BASE/oparl/v1/system" after
stop_app

log "results"
bench_java report
