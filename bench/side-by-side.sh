#!/usr/bin/env bash
# Bookshelf next to this project's own raw-JDBC baseline over HTTP, on one MariaDB and one dataset:
#
#     mvn -B -q package -DskipTests && bench/side-by-side.sh [--jar bootstrap/target/bookshelf.jar]
#         [--conc "8 32"] [--duration 15] [--warmup 20] [--db bookshelf_bench] [--out DIR]
#
# The shared bench's MariaDB on 127.0.0.1:3307 (../shared/bench/mariadb-local.sh; started if it is not running,
# never stopped), datagen.py's 200,000 books loaded into the database --db (dropped and made again: a
# bookshelf_<name> of this bench's own) through the jar's own migrations and load-bookshelf.sh; then the jar
# and the baseline (bench/inproc's RawJdbcHttpServer: the same reads in plain JDBC, in Bookshelf's JSON and
# cursor format) on that database, and:
#   1. the same answers: book 1, the first page and the next cursor, and every cursor of a walk through the
#      whole listing (harvest_cursors.py), compared between the two;
#   2. round trips per request, counted at the server (SHOW GLOBAL STATUS Questions) around 200 GETs of a book
#      and 100 pages of 50 sent one at a time; the least of three counts, as other clients of the shared
#      server can only add to it;
#   3. wrk W1 (GET one book at a random id) and W2 (a page of 50 at a random harvested cursor) at each
#      concurrency, Bookshelf and the baseline back to back, after a warm-up of each;
#   4. req/s, p50 and p99 per target, and Bookshelf / baseline for each.
# Needs Debian's mariadb-server, mariadb-client, wrk, curl. About 4 min with the defaults.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/bootstrap/target/bookshelf.jar CONC="8 32" DURATION=15 WARMUP=20 DB=bookshelf_bench
OUT=/tmp/bookshelf-side-by-side-$(date +%Y%m%d-%H%M%S)
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift 2 ;; --conc) CONC=$2; shift 2 ;; --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;; --db) DB=$2; shift 2 ;; --out) OUT=$2; shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
done
. "$ROOT/bench/lib.sh"
require_tools
mkdir -p "$OUT"
T0=$(date +%s)
BOOKS=200000
load_catalogue $BOOKS 60000
build_inproc
start_baseline

echo "== the same answers"
/usr/bin/python3 "$SHARED/wrk/harvest_cursors.py" "$SERVICE_URL" "$OUT/cursors-bookshelf.txt" | sed 's/^/  bookshelf /'
/usr/bin/python3 "$SHARED/wrk/harvest_cursors.py" "$BASELINE_URL" "$OUT/cursors-baseline.txt" | sed 's/^/  baseline  /'
/usr/bin/python3 - "$SERVICE_URL" "$BASELINE_URL" "$OUT" <<'PY'
import json, sys, urllib.request
service, baseline, out = sys.argv[1:]
def sample(url):
    get = lambda path: json.load(urllib.request.urlopen(url + path, timeout=30))
    return {"book 1": get("/api/books/1"), "book 200000": get("/api/books/200000"), "first page": get("/api/books?limit=50")}
ours, theirs = sample(service), sample(baseline)
for what in ours:
    print(f"  {what}: {'identical' if ours[what] == theirs[what] else 'DIFFERENT'}")
same = open(f"{out}/cursors-bookshelf.txt").read() == open(f"{out}/cursors-baseline.txt").read()
print(f"  every cursor of the walk: {'identical' if same else 'DIFFERENT'}")
PY

echo "== round trips per request (Questions at the server)"
/usr/bin/python3 - "$SERVICE_URL" "$BASELINE_URL" <<'PY' | tee "$OUT/round-trips.txt"
import http.client, json, subprocess, sys, urllib.parse
def questions():
    out = subprocess.run(["mariadb", "--no-defaults", "--protocol=socket", "-S", "/tmp/bench-mariadb/mariadb.sock",
                          "-uroot", "-N", "-e", "SHOW GLOBAL STATUS LIKE 'Questions'"], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[1])
def counted(send):  # the least of three counts: other clients of the shared server can only add to it
    counts = []
    for _ in range(3):
        before = questions()
        send()
        counts.append(questions() - before)
    return min(counts)
def round_trips(url):
    host = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    def get(path):
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        assert response.status == 200, (path, response.status, body[:200])
        return body
    def books():
        for i in range(1, 201):
            get(f"/api/books/{i * 997}")
    def pages():
        cursor = None
        for _ in range(100):
            cursor = json.loads(get("/api/books?limit=50" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")))["next_cursor"]
    for i in range(50):
        get(f"/api/books/{i * 3989 + 1}")   # warm the path first
    counting = counted(lambda: None)        # SHOW STATUS counts itself
    return (counted(books) - counting) / 200, (counted(pages) - counting) / 100
for name, url in (("bookshelf", sys.argv[1]), ("baseline", sys.argv[2])):
    book, page = round_trips(url)
    print(f"  {name:9s} GET a book {book:.2f}, a page of 50 {page:.2f}")
PY

printf 'target\tworkload\tconc\treq_s\tp50_ms\tp99_ms\terrors\n' > "$OUT/results.tsv"
MAX_CONC=${CONC##* }
for workload in W1:w1_book.lua:$BOOKS W2:w2_page.lua:$OUT/cursors-bookshelf.txt; do
  IFS=: read -r name script argument <<< "$workload"
  echo "== $name (wrk -t2, ${WARMUP} s warm-up of each at c=$MAX_CONC, then ${DURATION} s a run)"
  for url in "$SERVICE_URL" "$BASELINE_URL"; do
    wrk -t2 -c"$MAX_CONC" -d"${WARMUP}s" -s "$BENCH_WRK_DIR/$script" "$url" -- "$argument" > /dev/null
  done
  for c in $CONC; do
    measure bookshelf "$SERVICE_URL" "$name" "$c" "$DURATION" "$script" "$argument"
    measure baseline "$BASELINE_URL" "$name" "$c" "$DURATION" "$script" "$argument"
  done
done

echo
echo "Results ($(nproc) cores, wrk -t2, ${DURATION} s a run after ${WARMUP} s warm-up, $BOOKS books in $DB," \
     "$(( $(date +%s) - T0 )) s in all; raw output in $OUT)"
/usr/bin/python3 - "$OUT/results.tsv" "$OUT/round-trips.txt" <<'PY'
import csv, sys
rows = {(r["target"], r["workload"], r["conc"]): r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")}
print(f"{'workload':8s} {'conc':>4s} {'Bookshelf req/s':>15s} {'p50 ms':>7s} {'p99 ms':>8s} {'baseline req/s':>15s}"
      f" {'p50 ms':>7s} {'p99 ms':>8s} {'req/s ratio':>11s} {'p99 ratio':>9s} {'errors':>6s}")
ratios = []
for (target, workload, conc), ours in rows.items():
    if target != "bookshelf": continue
    theirs = rows[("baseline", workload, conc)]
    ratio = float(ours["req_s"]) / float(theirs["req_s"])
    ratios.append(f"{workload}c{conc}={ratio:.2f}")
    print(f"{workload:8s} {conc:>4s} {float(ours['req_s']):15,.0f} {float(ours['p50_ms']):7.2f} {float(ours['p99_ms']):8.2f}"
          f" {float(theirs['req_s']):15,.0f} {float(theirs['p50_ms']):7.2f} {float(theirs['p99_ms']):8.2f}"
          f" {ratio:10.2f}x {float(ours['p99_ms']) / float(theirs['p99_ms']):8.2f}x"
          f" {int(ours['errors']) + int(theirs['errors']):6d}")
print("ratios (Bookshelf / baseline req/s): " + " ".join(ratios))
print(open(sys.argv[2]).read().rstrip())
PY
