#!/usr/bin/env bash
# Load benchmark of the running service on embedded MariaDB: seeds a catalogue over HTTP (one bulk import
# with the admin token the first start writes), then
# measures throughput and latency of the reads a catalogue serves most with wrk (Debian package
# "wrk"), on loopback only. Not part of the tests; run it by hand and compare numbers across changes:
#
#     mvn -B -q package -DskipTests && bench/run.sh [books] [seconds]
#
# Both the load generator and the service share this machine, so numbers are relative, not absolute.
set -euo pipefail
cd "$(dirname "$0")/.."

BOOKS=${1:-2000}
SECONDS_PER_RUN=${2:-15}
AUTHORS=$((BOOKS / 10 + 3))
PORT=${BENCH_PORT:-18181}
BASE="http://127.0.0.1:$PORT"
DATA_DIR="$PWD/target/bench-data"
JAR=bootstrap/target/bookshelf.jar

command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

rm -rf "$DATA_DIR"
BOOKSHELF_PORT=$PORT BOOKSHELF_DATA_DIR="$DATA_DIR" BOOKSHELF_LOG_LEVEL=WARN java -Xmx512m -jar "$JAR" &
SERVICE=$!
trap 'kill -TERM $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
until curl -sf "$BASE/health" >/dev/null; do
    kill -0 $SERVICE 2>/dev/null || { echo "the service did not start" >&2; exit 1; }
    sleep 0.5
done

# Writes need a token: the first start on an empty data directory writes an admin token there.
TOKEN=$(cat "$DATA_DIR/admin-token")
echo "Seeding $BOOKS books crediting 3 of $AUTHORS authors each, in one import (JSON Lines)..."
start=$(date +%s%N)
location=$(for ((b = 1; b <= BOOKS; b++)); do
    printf '{"title":"Book %05d","authors":[{"name":"Author %05d"},{"name":"Author %05d"},{"name":"Author %05d"}]}\n' \
        "$b" $((b % AUTHORS + 1)) $(((b + 1) % AUTHORS + 1)) $(((b + 2) % AUTHORS + 1))
done | curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @- "$BASE/api/imports" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
while job=$(curl -sf "$BASE$location") && [[ $job == *'"state":"running"'* ]]; do sleep 0.2; done
[[ $job == *'"state":"done"'* && $job == *'"rejected":0'* ]] || { echo "the seeding import failed: $job" >&2; exit 1; }
echo "Seeded in $(( ($(date +%s%N) - start) / 1000000 )) ms"

measure() {
    echo
    echo "== $1"
    wrk -t2 -c16 -d"${SECONDS_PER_RUN}s" --latency "$BASE$2" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx"
}
measure "a page of 20 books with their authors" "/api/books?limit=20"
measure "a page of 100 books with their authors" "/api/books?limit=100"
measure "one book with its authors" "/api/books/$((BOOKS / 2))"
measure "the books of an author" "/api/authors/2/books"
measure "books by part of the title" "/api/books?q=book%2001&limit=20"
echo
echo "Resident memory of the service: $(ps -o rss= -p $SERVICE | awk '{printf "%.0f MiB", $1/1024}')"
