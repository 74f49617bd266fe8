# Shared by bench/oparl-bench.sh and bench/portal-bench.sh (sourced after their settings; needs ROOT,
# WORK and TOOL): helpers, stopping the application on exit, tools, the jar copy and the compiled
# benchmark programs (bench/java) on the class path CP.
# a copy of the jar: a rebuild of target/ris.jar during the run cannot change what is measured
APP_JAR=$WORK/openris-bench-app.jar
APP_PID=

log() { printf '\n== %s\n' "$*"; }
die() { echo "$TOOL: $*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
load1() { cut -d' ' -f1 /proc/loadavg; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    echo "stopping the application (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP_PID" 2>/dev/null; then
      echo "application did not stop within 60 s, killing it" >&2
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
  fi
  APP_PID=
}
trap stop_app EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- tools
command -v java >/dev/null || die "java not found (JDK 17+ needed)"
command -v curl >/dev/null || die "curl not found"
command -v unzip >/dev/null || die "unzip not found"
if ! command -v wrk >/dev/null; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    log "installing wrk (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
  command -v wrk >/dev/null || die "wrk not found: apt-get install -y wrk"
fi

# ---------------------------------------------------------------- build
if [[ ! -f target/ris.jar ]]; then
  log "building target/ris.jar"
  mvn -q -B -DskipTests package
fi
mkdir -p "$WORK"
if [[ ! -f "$WORK/app.stamp" || target/ris.jar -nt "$WORK/app.stamp" ]]; then
  rm -rf "$WORK/app" "$WORK/classes"
  mkdir -p "$WORK/app"
  (cd "$WORK/app" && unzip -q "$ROOT/target/ris.jar" 'BOOT-INF/*')
  cp target/ris.jar "$APP_JAR"
  touch "$WORK/app.stamp"
fi
CP="$WORK/classes:$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
rm -rf "$WORK/classes" && mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$CP" $(find bench/java -name '*.java') || die "the benchmark program does not compile against target/ris.jar
(bench/java mirrors parts of the application and must follow its changes)"

# The large demo data in DATA_DIR: reused when present, generated otherwise (into a .partial
# directory first, so an interrupted run never leaves half a data set); sets ORIGIN.
ensure_large_data() {
  port_in_use "$HTTP_PORT" && die "port $HTTP_PORT is in use (set BENCH_HTTP_PORT)"
  port_in_use "$DB_PORT" && die "port $DB_PORT is in use (set BENCH_DB_PORT)"
  if [[ -f "$DATA_DIR/postgres/PG_VERSION" ]]; then
    ORIGIN="reused"
    log "reusing the data in $DATA_DIR"
  else
    log "generating the large demo data into $DATA_DIR (takes a few minutes)"
    rm -rf "$DATA_DIR.partial"
    mkdir -p "$(dirname "$DATA_DIR")"
    started=$SECONDS
    RIS_DATA_DIR="$DATA_DIR.partial" RIS_DB_EMBEDDED_PORT=$DB_PORT PORT=$HTTP_PORT \
      timeout 3600 java -Xmx8g -jar "$APP_JAR" --demo-scale=large --demo-date="$DEMO_DATE" --demo-exit \
      || die "generating the demo data failed"
    mv "$DATA_DIR.partial" "$DATA_DIR"
    ORIGIN="generated in $((SECONDS - started)) s, demo date $DEMO_DATE"
  fi
}
