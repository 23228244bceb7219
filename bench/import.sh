#!/usr/bin/env bash
# Bulk import benchmark: the ../shared/bench/datagen.py dataset (200,000 books, 60,000 authors, 342,001 links)
# as JSON Lines, posted to POST /api/imports of the service running on an external MariaDB, next to
# LOAD DATA LOCAL INFILE writing the same dataset into the same tables (../shared/bench/load-bookshelf.sh),
# in one run on one machine. Not a test: run it by hand and compare the two figures it prints.
#
#     mvn -B -q package -DskipTests && bench/import.sh [books] [authors]
#
# Needs Debian's mariadb-server and mariadb-client (the throw-away server of mariadb-local.sh on
# 127.0.0.1:$PORT, datadir $DATADIR), python3 and curl. Leaves the server running; stop it with
# ../shared/bench/mariadb-local.sh stop.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED_BENCH:-$PWD/../shared/bench}
BOOKS=${1:-200000}
AUTHORS=${2:-60000}
export PORT=${PORT:-3307} DATADIR=${DATADIR:-/tmp/bench-mariadb}
SERVICE_PORT=${BENCH_SERVICE_PORT:-18182}
WORK=$PWD/target/bench-import
JAR=$PWD/bootstrap/target/bookshelf.jar
HEAP=${BENCH_HEAP:-1g}

[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v mariadbd >/dev/null || { echo "needs apt-get install mariadb-server mariadb-client" >&2; exit 2; }
rm -rf "$WORK"
mkdir -p "$WORK"

"$SHARED/mariadb-local.sh" start
client() { mariadb --no-defaults --protocol=socket -S "$DATADIR/mariadb.sock" -uroot "$@"; }
for db in bookshelf_import bookshelf_load; do
    client -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db; GRANT ALL ON $db.* TO 'bench'@'127.0.0.1';"
done

echo "Generating $BOOKS books and $AUTHORS authors..."
python3 "$SHARED/datagen.py" --books "$BOOKS" --authors "$AUTHORS" --workdir "$WORK" --generate-only \
    --position-base 1 > /dev/null
# The same books as JSON Lines, authors by name in credit order, as POST /api/imports takes them.
python3 - "$WORK" > "$WORK/books.jsonl" <<'PY'
import collections, json, sys
work = sys.argv[1]
def rows(name):
    with open(f"{work}/{name}.tsv", encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")
names = {r[0]: r[1] for r in rows("authors")}
credits = collections.defaultdict(list)
for book, author, position in rows("book_author"):
    credits[book].append((int(position), names[author]))
out = sys.stdout
for r in rows("books"):
    book = {"title": r[1], "isbn": None if r[2] == "\\N" else r[2],
            "published_year": None if r[3] == "\\N" else int(r[3]),
            "authors": [{"name": n} for _, n in sorted(credits[r[0]])]}
    out.write(json.dumps(book, ensure_ascii=False, separators=(",", ":")) + "\n")
PY
echo "$(wc -l < "$WORK/books.jsonl") lines, $(du -m "$WORK/books.jsonl" | cut -f1) MB of JSON Lines"

# The settings of the service and the commands: the database to use, and a data directory for the tokens.
db_env() { echo BOOKSHELF_DB_URL="jdbc:mariadb://127.0.0.1:$PORT/$1" BOOKSHELF_DB_USER=bench BOOKSHELF_DB_PASSWORD=bench \
    BOOKSHELF_DATA_DIR="$WORK/service" BOOKSHELF_LOG_LEVEL=WARN; }

# The service on bookshelf_import; its migrations create the tables.
if curl -s -o /dev/null "http://127.0.0.1:$SERVICE_PORT/health"; then
    echo "something already answers on port $SERVICE_PORT; set BENCH_SERVICE_PORT" >&2
    exit 2
fi
env $(db_env bookshelf_import) BOOKSHELF_PORT="$SERVICE_PORT" java -Xmx"$HEAP" -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill -TERM $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$SERVICE_PORT"
until curl -sf "$BASE/health" > /dev/null; do
    kill -0 $SERVICE 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
done
TOKEN=$(cat "$WORK/service/admin-token")

echo "Importing over HTTP..."
start=$(date +%s.%N)
location=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/books.jsonl" "$BASE/api/imports" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
while job=$(curl -sf "$BASE$location") && [[ $job == *'"state":"running"'* ]]; do sleep 0.2; done
end=$(date +%s.%N)
echo "$job"
[[ $job == *'"state":"done"'* ]] || { echo "the import did not end done" >&2; exit 1; }
import_seconds=$(echo "$end - $start" | bc)
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/" <<< "$job"; }
import_rows=$(( $(field books_created) + $(field authors_created) + $(field links_created) ))

echo "Loading the same dataset with LOAD DATA LOCAL INFILE..."
# The tables of bookshelf_load come from the same migrations (an import of nothing migrates the store).
: > "$WORK/empty.jsonl"
env $(db_env bookshelf_load) java -jar "$JAR" import "$WORK/empty.jsonl" > /dev/null
load=$("$SHARED/load-bookshelf.sh" bookshelf_load "$WORK")
echo "$load"
load_seconds=$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<< "$load")
load_rows=$(( $(wc -l < "$WORK/books.tsv") + $(wc -l < "$WORK/authors.tsv") + $(wc -l < "$WORK/book_author.tsv") ))

echo
printf '%-44s %9s rows %8.2f s %9.0f rows/s\n' "POST /api/imports (JSON Lines, all rules)" "$import_rows" \
    "$import_seconds" "$(echo "$import_rows / $import_seconds" | bc -l)"
printf '%-44s %9s rows %8.2f s %9.0f rows/s\n' "LOAD DATA LOCAL INFILE (no checks)" "$load_rows" "$load_seconds" \
    "$(echo "$load_rows / $load_seconds" | bc -l)"
printf 'import / LOAD DATA: %.2f of the rows/s\n' \
    "$(echo "($import_rows / $import_seconds) / ($load_rows / $load_seconds)" | bc -l)"
