#!/usr/bin/env bash
# Portal and search benchmark on the large demo data (issue 5): p50/p99 of the meeting and the paper
# page under 64 concurrent clients (wrk), a static file of the same size served by the same server as
# floor, and the portal search for one-word, three-word, phrase and compound queries (with the answer
# cache, then restarted without it) against the raw Lucene query on the same index in the same run. Prints the table and ratios and writes them into
# docs/benchmarks.md. Separate from the tests (mvn -B verify never runs it). See docs/benchmarks.md.
#
#   bench/portal-bench.sh
#
# Settings (environment):
#   BENCH_DATA_DIR           large demo data directory, generated when missing (default ./data-bench-large)
#                            (shared with bench/oparl-bench.sh); the search index is built when missing
#   BENCH_DB_PORT            port of its embedded PostgreSQL (default 54350)
#   BENCH_HTTP_PORT          HTTP port of the application under test (default 18090)
#   BENCH_CONNECTIONS        concurrent clients of wrk and threads of the Lucene floor (default 64)
#   BENCH_WRK_THREADS        wrk threads (default 2)
#   BENCH_WARMUP, BENCH_DURATION   seconds of warm-up and of measurement per line (default 5, 15)
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
CONNECTIONS=${BENCH_CONNECTIONS:-64}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
WARMUP=${BENCH_WARMUP:-5}
DURATION=${BENCH_DURATION:-15}
APP_OPTS=${BENCH_APP_JAVA_OPTS:--Xmx2g}
DEMO_DATE=${BENCH_DEMO_DATE:-2026-06-01}
DOC=$(realpath -m "${BENCH_DOC:-$ROOT/docs/benchmarks.md}")
WORK=$ROOT/target/bench
RUN=$WORK/portal-run
BASE=http://127.0.0.1:$HTTP_PORT
TOOL=portal-bench
source "$ROOT/bench/common.sh"
bench_java() {
  java -Xmx1g -XX:+UseParallelGC -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" \
    -Dbench.dir="$RUN" -Dbench.jdbc="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" -Dbench.base="$BASE" \
    -Dbench.threads="$CONNECTIONS" -Dbench.warmup="$WARMUP" -Dbench.duration="$DURATION" \
    -Dbench.doc="$DOC" -Dbench.searchRoot="$DATA_DIR/search" \
    -cp "$CP" org.openris.bench.PortalBench "$@"
}

# ---------------------------------------------------------------- data
ensure_large_data
if ! find "$DATA_DIR/search" -maxdepth 3 -name 'segments_*' 2>/dev/null | grep -q .; then
  log "building the search index (reads the text of every file once; the large city takes about an hour on 2 cores)"
  RIS_DATA_DIR="$DATA_DIR" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT \
    timeout 7200 java -Xmx4g -jar "$APP_JAR" reindex || die "building the search index failed"
  ORIGIN="$ORIGIN, index built"
fi

# ---------------------------------------------------------------- application
rm -rf "$RUN" && mkdir -p "$RUN/static/bench-floor"
LOAD_BEFORE=$(load1)
if awk -v l="$LOAD_BEFORE" -v n="$(nproc)" 'BEGIN {exit !(l > n / 2)}'; then
  echo "warning: load average $LOAD_BEFORE on $(nproc) cores before the run: other work on this machine makes the figures low and noisy" >&2
fi
# background indexing/extraction off: they would compete for the cores and change the index during
# the run. The floor files are served by the same server from an extra static location.
start_app() { # <search answer cache: true|false>
  log "starting the application on $BASE, search answer cache $1 (log: $RUN/app-$1.log)"
  RIS_DATA_DIR="$DATA_DIR" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT RIS_SEARCH_BACKGROUND=false RIS_OPARL_WITHDRAWALS=false \
    RIS_SEARCH_CACHE=$1 SPRING_WEB_RESOURCES_STATIC_LOCATIONS="classpath:/static/,file:$RUN/static/" \
    java $APP_OPTS -jar "$APP_JAR" >"$RUN/app-$1.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 300); do
    kill -0 "$APP_PID" 2>/dev/null || die "the application exited during start-up, see $RUN/app-$1.log"
    curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    [[ $i -eq 300 ]] && die "the application did not become healthy within 300 s"
    sleep 1
  done
}
start_app true
alive() { kill -0 "$APP_PID" 2>/dev/null || die "the application died during the run, see $RUN/app-*.log"; }

{
  printf 'M\tdate\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'M\tcommit\t%s\n' "$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' (with uncommitted changes)')"
  printf 'M\tcpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
  printf 'M\tcores\t%s\n' "$(nproc)"
  printf 'M\tjava\t%s\n' "$(java -version 2>&1 | head -1)"
  printf 'M\twrk\t%s\n' "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  printf 'M\tload_before\t%s\n' "$LOAD_BEFORE"
  printf 'M\tconnections\t%s\n' "$CONNECTIONS"
  printf 'M\twrk_threads\t%s\n' "$WRK_THREADS"
  printf 'M\twarmup\t%s\n' "$WARMUP"
  printf 'M\tduration\t%s\n' "$DURATION"
  printf 'M\tdata_origin\t%s\n' "$ORIGIN"
} >"$RUN/meta.tsv"

log "choosing meetings, papers and search queries"
bench_java prepare

# the static floor: a page of the sample with the median size, stored as a file of the same size
floor_file() { # <name> <path prefix> <ids file>
  local sizes=$RUN/$1.sizes
  : >"$sizes"
  while read -r id; do
    code=$(curl -s -o "$RUN/page.tmp" -w '%{http_code}' --max-time 60 "$BASE$2$id")
    [[ "$code" == 200 ]] || die "$BASE$2$id answered $code"
    printf '%s\t%s\n' "$(stat -c %s "$RUN/page.tmp")" "$id" >>"$sizes"
  done <"$3"
  local median
  median=$(sort -n "$sizes" | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
  curl -s -o "$RUN/static/bench-floor/$1.html" "$BASE$2$median"
  echo "  $1: $(wc -l <"$3") pages answer 200, median page $2$median, $(stat -c %s "$RUN/static/bench-floor/$1.html") bytes as static file"
}
log "checking every sample page once and writing the static floor files"
floor_file meeting /sitzungen/ "$RUN/meetings.txt"
floor_file paper /vorlagen/ "$RUN/papers.txt"
for kind in search-1-word search-3-words search-phrase search-compound; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$BASE/suche$(head -1 "$RUN/$kind.urls")")
  [[ "$code" == 200 ]] || die "/suche$(head -1 "$RUN/$kind.urls") answered $code"
done
for f in meeting paper; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/bench-floor/$f.html")
  [[ "$code" == 200 ]] || die "the static floor /bench-floor/$f.html answered $code"
done

printf 'M\tload_http\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
log "HTTP: wrk, $CONNECTIONS connections, ${WARMUP} s warm-up + ${DURATION} s per line"
measure() { # <name> <path> <ids file or -> [tier, default http]
  alive
  BENCH_NAME=$1 wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -s bench/wrk-oparl.lua "$BASE$2" -- "$3" >/dev/null
  line=$(BENCH_NAME=$1 wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s bench/wrk-oparl.lua "$BASE$2" -- "$3" | grep $'^R\t' \
    | awk -F'\t' -v OFS='\t' -v tier="${4:-http}" '{$3 = tier; print}' || true)
  [[ -n "$line" ]] || die "wrk printed no result for $1"
  echo "$line" >>"$RUN/results.tsv"
  echo "$line" | awk -F'\t' '{printf "  %-16s %-12s %8.1f req/s  p50 %8.2f ms  p99 %8.2f ms  %s errors\n", $2, $3, $4/$5, $6, $7, $9}'
}
measure meeting-page /sitzungen/ "$RUN/meetings.txt"
measure meeting-static /bench-floor/meeting.html -
measure paper-page /vorlagen/ "$RUN/papers.txt"
measure paper-static /bench-floor/paper.html -
for kind in search-1-word search-3-words search-phrase search-compound; do
  measure "$kind" /suche "$RUN/$kind.urls"
done
# the same searches without the answer cache (every answer computed afresh), clearly apart
alive
stop_app
start_app false
BENCH_NAME=warm-up wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -s bench/wrk-oparl.lua "$BASE/suche" -- "$RUN/search-1-word.urls" >/dev/null
for kind in search-1-word search-3-words search-phrase search-compound; do
  measure "$kind" /suche "$RUN/$kind.urls" http-nocache
done

printf 'M\tload_lucene\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
log "raw Lucene on the same index, $CONNECTIONS clients, same durations (application idle)"
bench_java lucene

printf 'M\tload_after\t%s\n' "$(load1)" >>"$RUN/meta.tsv"
alive
stop_app

log "results"
bench_java report
