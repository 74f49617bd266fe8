#!/usr/bin/env bash
# OParl API benchmark on the large demo data: requests/s and p50/p99 of list pages and single
# objects over HTTP (wrk), the same work without HTTP, the JDBC and JDBC+Jackson floors, and a full
# crawl against streaming the rows; prints the table and ratios and writes them into
# docs/benchmarks.md. Separate from the tests (mvn -B verify never runs it). See docs/benchmarks.md.
#
#   bench/oparl-bench.sh
#
# Settings (environment):
#   BENCH_DATA_DIR           large demo data directory, generated when missing (default ./data-bench-large)
#   BENCH_DB_PORT            port of its embedded PostgreSQL (default 54350)
#   BENCH_HTTP_PORT          HTTP port of the application under test (default 18090)
#   BENCH_CONNECTIONS        concurrent connections / threads of every tier (default 4)
#   BENCH_WARMUP, BENCH_DURATION   seconds of warm-up and of measurement per endpoint and tier (default 5, 10)
#   BENCH_CRAWL_MAX_SECONDS  time limit of the crawl; a crawl cut short is extrapolated (default 900)
#   BENCH_APP_JAVA_OPTS      JVM options of the application (default -Xmx2g)
#   BENCH_DEMO_DATE          reference date of generated data (default 2026-06-01; seed is the demo default)
#   BENCH_DOC                file whose results section is rewritten (default docs/benchmarks.md)
# Only 127.0.0.1 is contacted. Every loop is bounded in time and count.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DATA_DIR=$(realpath -m "${BENCH_DATA_DIR:-$ROOT/data-bench-large}")
DB_PORT=${BENCH_DB_PORT:-54350}
HTTP_PORT=${BENCH_HTTP_PORT:-18090}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
WARMUP=${BENCH_WARMUP:-5}
DURATION=${BENCH_DURATION:-10}
CRAWL_MAX=${BENCH_CRAWL_MAX_SECONDS:-900}
APP_OPTS=${BENCH_APP_JAVA_OPTS:--Xmx2g}
DEMO_DATE=${BENCH_DEMO_DATE:-2026-06-01}
DOC=$(realpath -m "${BENCH_DOC:-$ROOT/docs/benchmarks.md}")
WORK=$ROOT/target/bench
RUN=$WORK/run
BASE=http://127.0.0.1:$HTTP_PORT
TOOL=oparl-bench
source "$ROOT/bench/common.sh"
bench_java() {
  java -Xmx1g -XX:+UseParallelGC -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" \
    -Dbench.dir="$RUN" -Dbench.jdbc="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" -Dbench.base="$BASE" \
    -Dbench.threads="$CONNECTIONS" -Dbench.warmup="$WARMUP" -Dbench.duration="$DURATION" \
    -Dbench.crawlMaxSeconds="$CRAWL_MAX" -Dbench.doc="$DOC" \
    -cp "$CP" org.openris.bench.OparlBench "$@"
}

# ---------------------------------------------------------------- data
ensure_large_data

# ---------------------------------------------------------------- application
rm -rf "$RUN" && mkdir -p "$RUN"
LOAD_BEFORE=$(load1)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN {exit !(l > n / 2)}'; then
  echo "warning: load average $LOAD_BEFORE on $(nproc) cores before the run: other work on this machine makes the figures low and noisy" >&2
fi
log "starting the application on $BASE (log: $RUN/app.log)"
# the search's background jobs (text extraction, indexing) would compete for the two cores and, by
# writing extracted text, move the data generation (ADR 0014) during the run: off for this benchmark,
# like the OParl withdrawal job (it reads the whole public view once per run)
RIS_DATA_DIR="$DATA_DIR" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT RIS_SEARCH_BACKGROUND=false RIS_OPARL_WITHDRAWALS=false \
  java $APP_OPTS -jar "$APP_JAR" >"$RUN/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 300); do
  kill -0 "$APP_PID" 2>/dev/null || die "the application exited during start-up, see $RUN/app.log"
  curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  [[ $i -eq 300 ]] && die "the application did not become healthy within 300 s"
  sleep 1
done
alive() { kill -0 "$APP_PID" 2>/dev/null || die "the application died during the run, see $RUN/app.log"; }

{
  printf 'M\tdate\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'M\tcommit\t%s\n' "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
  printf 'M\tcpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  printf 'M\tcores\t%s\n' "$(nproc)"
  printf 'M\tmemory\t%s GiB\n' "$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)"
  printf 'M\tos\t%s\n' "$(uname -sr)"
  printf 'M\tjava\t%s\n' "$(java -version 2>&1 | head -1)"
  printf 'M\twrk\t%s\n' "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  printf 'M\tload_before\t%s\n' "$LOAD_BEFORE"
  printf 'M\tconnections\t%s\n' "$CONNECTIONS"
  printf 'M\twarmup\t%s\n' "$WARMUP"
  printf 'M\tduration\t%s\n' "$DURATION"
  printf 'M\tdata_dir\t%s\n' "$DATA_DIR"
  printf 'M\tdata_origin\t%s\n' "$ORIGIN"
} >"$RUN/meta.tsv"

log "reading the data set"
bench_java prepare

log "checking every endpoint once"
while IFS=$'\t' read -r name path ids; do
  url=$BASE$path
  [[ "$ids" != "-" ]] && url=$url$(head -1 "$ids")
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 "$url")
  [[ "$code" == 200 ]] || die "$url answered $code"
  echo "  $name: $url -> $code"
done <"$RUN/wrk-endpoints.tsv"

printf 'M\tload_http\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
log "HTTP: wrk, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s per endpoint"
while IFS=$'\t' read -r name path ids; do
  alive
  BENCH_NAME=$name wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 60s -s bench/wrk-oparl.lua "$BASE$path" -- "$ids" >/dev/null
  line=$(BENCH_NAME=$name wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s bench/wrk-oparl.lua "$BASE$path" -- "$ids" | grep $'^R\t' || true)
  [[ -n "$line" ]] || die "wrk printed no result for $name"
  echo "$line" >>"$RUN/results.tsv"
  echo "$line" | awk -F'\t' '{printf "  %-15s http     %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  %s errors\n", $2, $4/$5, $6, $7, $9}'
done <"$RUN/wrk-endpoints.tsv"

printf 'M\tload_floors\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
log "without HTTP: in-process, JDBC+Jackson floor, SQL floor ($CONNECTIONS threads, same durations)"
alive
bench_java floors

printf 'M\tload_crawl\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
log "crawl of all papers via next links (at most $CRAWL_MAX s) and the streaming floor"
alive
bench_java crawl

printf 'M\tload_after\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
alive
stop_app

log "results"
bench_java report
