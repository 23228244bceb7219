# Shared by side-by-side.sh and deep-pages.sh (sourced, not run): the shared bench's MariaDB on 127.0.0.1:3307,
# a catalogue of datagen.py's dataset loaded through the service's own migrations into a database of this
# run's own, the jar and the raw-JDBC baseline (bench/inproc's RawJdbcHttpServer) on it, and wrk.
# Expects ROOT (the project's root), JAR, DB, OUT; sets SERVICE_URL and BASELINE_URL.
SHARED=${BENCH_SHARED:-$ROOT/../shared/bench}
export BENCH_WRK_DIR=$SHARED/wrk PATH=$PATH:/usr/sbin
JAVA=${JAVA:-java} JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
SERVICE_PORT=${SERVICE_PORT:-18190} BASELINE_PORT=${BASELINE_PORT:-18191}
SERVICE_URL=http://127.0.0.1:$SERVICE_PORT BASELINE_URL=http://127.0.0.1:$BASELINE_PORT
DB_ENV=(BOOKSHELF_DB_URL="jdbc:mariadb://127.0.0.1:3307/$DB" BOOKSHELF_DB_USER=bench BOOKSHELF_DB_PASSWORD=bench)
PIDS=()
stop_servers() {
  for pid in ${PIDS[@]+"${PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_servers EXIT

require_tools() {
  local missing=()
  for tool in mariadbd mariadb wrk curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [ -x /usr/bin/python3 ] || missing+=(python3)
  [ ${#missing[@]} -eq 0 ] || { echo "missing ${missing[*]}: apt-get install mariadb-server mariadb-client wrk curl" >&2; exit 2; }
  [ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -q package -DskipTests)" >&2; exit 2; }
  # Dropped and created again on every run, so never a database someone else uses (the shared bench's are
  # `bench` and `bookshelf`).
  [[ $DB =~ ^bookshelf_[a-z0-9_]+$ ]] || { echo "the database must be one of this bench's own: bookshelf_<name>" >&2; exit 2; }
}

as_root() { mariadb --no-defaults --protocol=socket -S /tmp/bench-mariadb/mariadb.sock -uroot "$@"; }

# The dataset of datagen.py (BOOKS books, AUTHORS authors, seed 42) in DB, its tables made by the jar's
# own migrations; the jar keeps running on it.
load_catalogue() { # BOOKS AUTHORS
  local books=$1 authors=$2 data=/tmp/bookshelf-bench-data-$1
  BUFFER_POOL=${BUFFER_POOL:-2G} "$SHARED/mariadb-local.sh" start
  as_root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB;
              GRANT ALL ON $DB.* TO 'bench'@'127.0.0.1'; GRANT ALL ON $DB.* TO 'bench'@'localhost';"
  [ -f "$data/book_author.tsv" ] ||
    /usr/bin/python3 "$SHARED/datagen.py" --generate-only --books "$books" --authors "$authors" --workdir "$data"
  start_service
  "$SHARED/load-bookshelf.sh" "$DB" "$data"
}

start_service() {
  env "${DB_ENV[@]}" BOOKSHELF_PORT="$SERVICE_PORT" BOOKSHELF_LOG_LEVEL=WARN BOOKSHELF_DATA_DIR="$OUT/data" \
    $JAVA $JAVA_OPTS -jar "$JAR" > "$OUT/bookshelf.log" 2>&1 &
  PIDS+=($!)
  await "$SERVICE_URL/health" $! bookshelf
}

# bench/inproc, compiled against JAR, and the command that runs one of its programs on DB.
build_inproc() {
  mvn -B -q -f "$ROOT/bench/inproc/pom.xml" package -Dbookshelf.jar="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")" \
    > "$OUT/inproc-build.log" 2>&1 || { cat "$OUT/inproc-build.log" >&2; exit 1; }
  INPROC=(env "${DB_ENV[@]}" $JAVA $JAVA_OPTS
          -cp "$ROOT/bench/inproc/target/classes:$(cat "$ROOT/bench/inproc/target/classpath.txt")")
}

start_baseline() {
  env BASELINE_PORT="$BASELINE_PORT" "${INPROC[@]}" org.bookshelf.bench.RawJdbcHttpServer > "$OUT/baseline.log" 2>&1 &
  PIDS+=($!)
  await "$BASELINE_URL/api/books/1" $! baseline
}

await() { # URL PID NAME
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "$3 did not start; see $OUT/$3.log" >&2; tail -5 "$OUT/$3.log" >&2; exit 1
}

wrk_threads() { echo $(($1 < 2 ? $1 : 2)); }   # wrk wants at least one connection a thread

# One wrk run; prints a line and appends NAME, workload, connections, req/s, p50, p99 and errors to results.tsv.
measure() { # NAME URL WORKLOAD CONNECTIONS SECONDS SCRIPT ARGUMENT
  local result
  result=$(wrk -t"$(wrk_threads "$4")" -c"$4" -d"$5s" --latency -s "$BENCH_WRK_DIR/$6" "$2" -- "$7" | tee -a "$OUT/$1-$3-c$4.txt" |
           grep '^RESULT') || { echo "wrk failed for $1 $3 c=$4" >&2; exit 1; }
  eval "${result#RESULT }"   # rps p50_ms p99_ms non2xx socket_errors ...
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$3" "$4" "$rps" "$p50_ms" "$p99_ms" "$((non2xx + socket_errors))" \
    >> "$OUT/results.tsv"
  printf '  %-9s %-3s c=%-3s %9s req/s  p50 %7s ms  p99 %8s ms  errors %s\n' "$1" "$3" "$4" "$rps" "$p50_ms" \
    "$p99_ms" "$((non2xx + socket_errors))"
}
