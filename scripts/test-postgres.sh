#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `start DIR` creates a cluster in DIR (first time
# only), starts it on a Unix socket in DIR (no TCP port is opened) and prints the libpq
# connection string the tests read from SITREP_TEST_PG; `stop DIR` stops it.
# Without PostgreSQL's server programs it prints nothing and says why on stderr (the tests then
# skip the PostgreSQL cases); under CI=true that is an error, so CI never skips them silently.
set -euo pipefail
cmd=${1:?usage: test-postgres.sh start|stop DIR}
dir=$(realpath -m "${2:?usage: test-postgres.sh start|stop DIR}")
port=55432
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "test-postgres: no PostgreSQL server installed (Debian package postgresql); PostgreSQL tests will skip" >&2
  [ "${CI:-}" = true ] && exit 1
  exit 0
fi
# The server refuses to run as root: run it as the postgres user when we are root.
as_owner=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner=(runuser -u postgres --)
fi
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      "${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
        { echo "test-postgres: initdb failed, see $dir/initdb.log" >&2; exit 1; }
    fi
    if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir -p $port -c fsync=off -c max_connections=100" start >/dev/null ||
        { echo "test-postgres: the server did not start, see $dir/server.log" >&2; exit 1; }
    fi
    echo "host=$dir port=$port user=$owner dbname=postgres"
    ;;
  stop)
    [ -f "$dir/data/PG_VERSION" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: test-postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
