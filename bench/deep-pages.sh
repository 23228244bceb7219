#!/usr/bin/env bash
# What a keyset page deep in the listing costs next to the first page, on 1,000,000 books:
#
#     mvn -B -q package -DskipTests && bench/deep-pages.sh [--jar bootstrap/target/bookshelf.jar]
#         [--depth 0.99] [--conc "1 8"] [--duration 10] [--warmup 10] [--rounds 3] [--db bookshelf_deep] [--out DIR]
#         [--jmh "JMH options"] [--no-jmh]
#
# datagen.py's 1,000,000 books and 300,000 authors go into --db (a bookshelf_<name> of this bench's own,
# dropped and made again) through the jar's migrations and load-bookshelf.sh, on the shared bench's MariaDB
# (127.0.0.1:3307, started if need be, never stopped). Then, for the first page of 50 and the page after the
# first --depth of the catalogue in title order (its cursor made by bench/inproc's DepthCursor, as the service
# would hand it out):
#   1. ANALYZE of the keyset query (the page of books without their authors): the plan MariaDB chose, and the
#      rows it read;
#   2. wrk, the same page again and again (w2_page.lua with a file of one cursor), on the jar and on the raw-JDBC
#      baseline, at each concurrency, first and deep page back to back, --rounds times: req/s, p50, p99, and the
#      deep page's cost relative to the first page (first page's req/s / deep page's req/s), from the best run
#      of each, the one the rest of the machine disturbed least;
#   3. unless --no-jmh, in process with JMH: DeepPageBenchmark (Bookshelf's use case and RawJdbcCatalogue at
#      depth 0 and --depth), 3 x 5 s warm-up and 5 x 5 s measured per case unless --jmh says otherwise.
# About 2 min to load, 5 min for wrk with the defaults, 6 min for JMH.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/bootstrap/target/bookshelf.jar DEPTH=0.99 CONC="1 8" DURATION=10 WARMUP=10 ROUNDS=3 DB=bookshelf_deep
JMH_OPTIONS="" RUN_JMH=1 OUT=/tmp/bookshelf-deep-pages-$(date +%Y%m%d-%H%M%S)
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;; --depth) DEPTH=$2; shift 2 ;; --conc) CONC=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;; --warmup) WARMUP=$2; shift 2 ;; --rounds) ROUNDS=$2; shift 2 ;;
    --db) DB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;; --jmh) JMH_OPTIONS=$2; shift 2 ;; --no-jmh) RUN_JMH=0; shift ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
. "$ROOT/bench/lib.sh"
require_tools
mkdir -p "$OUT"
load_catalogue 1000000 300000
build_inproc
start_baseline

echo > "$OUT/first.cursor"
"${INPROC[@]}" org.bookshelf.bench.DepthCursor "$DEPTH" > "$OUT/deep.cursor"
read -r deep_cursor < "$OUT/deep.cursor"
[ -n "$deep_cursor" ] || { echo "no cursor at depth $DEPTH" >&2; exit 1; }
/usr/bin/python3 - "$SERVICE_URL" "$BASELINE_URL" "$deep_cursor" <<'PY'
import json, sys, urllib.parse, urllib.request
service, baseline, cursor = sys.argv[1:]
for page, query in (("first", ""), ("deep", "&cursor=" + urllib.parse.quote(cursor))):
    get = lambda url: json.load(urllib.request.urlopen(f"{url}/api/books?limit=50{query}", timeout=60))
    print(f"  the {page} page: {'the same' if get(service) == get(baseline) else 'DIFFERENT'} on the jar and the baseline")
PY

echo "== the keyset query, first page and at depth $DEPTH (ANALYZE: r_rows = rows read)"
position=$(as_root -N "$DB" -e "SELECT ROUND($DEPTH * COUNT(*)) - 1 FROM books")
as_root -N "$DB" -e "SELECT CONCAT('0x', HEX(title_key)), id FROM books ORDER BY title_key, id LIMIT 1 OFFSET $position" |
  { read -r key id
    for where in "TRUE" "title_key > $key OR (title_key = $key AND id > $id)"; do
      as_root -t "$DB" -e "ANALYZE SELECT id, title, isbn, published_year, version FROM books
                           WHERE $where ORDER BY title_key, id LIMIT 51"
    done; } | tee "$OUT/analyze.txt"

printf 'target\tworkload\tconc\treq_s\tp50_ms\tp99_ms\terrors\n' > "$OUT/results.tsv"
MAX_CONC=${CONC##* }
echo "== the same page again and again (wrk, ${WARMUP} s warm-up, then ${DURATION} s a run)"
for url in "$SERVICE_URL" "$BASELINE_URL"; do
  for page in first deep; do
    wrk -t"$(wrk_threads "$MAX_CONC")" -c"$MAX_CONC" -d"${WARMUP}s" -s "$BENCH_WRK_DIR/w2_page.lua" "$url" -- "$OUT/$page.cursor" > /dev/null
  done
done
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONC; do
    for target in bookshelf:$SERVICE_URL baseline:$BASELINE_URL; do
      for page in first deep; do
        measure "${target%%:*}" "${target#*:}" "$page" "$c" "$DURATION" w2_page.lua "$OUT/$page.cursor"
      done
    done
  done
done
/usr/bin/python3 - "$OUT/results.tsv" "$DEPTH" "$ROUNDS" <<'PY'
import csv, sys
best = {}
for row in csv.DictReader(open(sys.argv[1]), delimiter="\t"):
    key = (row["target"], row["workload"], row["conc"])
    if key not in best or float(row["req_s"]) > float(best[key]["req_s"]):
        best[key] = row
print(f"best of {sys.argv[3]} runs each:")
for (target, page, conc), deep in best.items():
    if page != "deep": continue
    first = best[(target, "first", conc)]
    print(f"  {target:9s} c={conc:<3s} first page {float(first['req_s']):7.1f} req/s (p50 {float(first['p50_ms']):.2f} ms),"
          f" at depth {sys.argv[2]} {float(deep['req_s']):7.1f} req/s (p50 {float(deep['p50_ms']):.2f} ms):"
          f" the deep page costs {float(first['req_s']) / float(deep['req_s']):.2f}x the first")
PY
stop_servers

if [ "$RUN_JMH" = 1 ]; then
  echo "== in process (JMH)"
  "${INPROC[@]}" org.openjdk.jmh.Main DeepPageBenchmark -p depth="0,$DEPTH" -rff "$OUT/jmh.csv" $JMH_OPTIONS |
    sed -n '/^Benchmark/,$p'
fi
echo "raw output in $OUT"
