#!/usr/bin/env bash
# In-process JMH benchmark: Bookshelf's use cases on the MyBatis adapter next to a raw-JDBC baseline, on the
# database BOOKSHELF_DB_URL names (BOOKSHELF_DB_USER, BOOKSHELF_DB_PASSWORD), one caller at a time. Not part
# of the build: build the service first, from the project's root:
#
#     mvn -B -q package -DskipTests && bench/inproc/run.sh [JMH options, e.g. -f 1 -wi 3 -i 5 bookshelfPage]
#
# The database must hold a catalogue (see bench/README.md); nothing in it is changed.
set -euo pipefail
cd "$(dirname "$0")"
[ -f ../../bootstrap/target/bookshelf.jar ] || { echo "build the service first: mvn -B -q package -DskipTests" >&2; exit 2; }
[ -n "${BOOKSHELF_DB_URL:-}" ] || { echo "set BOOKSHELF_DB_URL (and BOOKSHELF_DB_USER, BOOKSHELF_DB_PASSWORD)" >&2; exit 2; }
mvn -B -q package
exec "${JAVA:-java}" ${JAVA_OPTS:--Xms1g -Xmx1g} -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main "$@"
