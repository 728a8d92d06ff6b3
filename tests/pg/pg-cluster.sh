#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `pg-cluster.sh start DIR` runs initdb and
# pg_ctl on a unix socket inside DIR (no TCP listener at all: listen_addresses=''), and
# prints the URL the tests take (KHIEN_TEST_PG_URL), also written to DIR/url;
# `pg-cluster.sh stop DIR` stops it and removes DIR. As root the server runs as the `postgres`
# user (PostgreSQL refuses root). Without PostgreSQL server binaries: exit 1 in CI (CI=true),
# otherwise a note and exit 0 (no DIR/url: the _pg tests then skip, saying why).
set -euo pipefail
action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-cluster: no PostgreSQL server in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    rm -rf "$dir"
    [ "${CI:-}" = "true" ] && exit 1
    exit 0
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    [ "$(id -u)" -ne 0 ] || chown -R postgres: "$dir"
    user=$( [ "$(id -u)" -eq 0 ] && echo postgres || id -un )
    as_owner "$bindir/initdb" -D "$dir/data" -U "$user" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Throwaway data: fsync off keeps the tests fast; max_connections covers 20 writers
    # per test times two tests at once.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='' -k $dir/socket -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bindir/createdb" -h "$dir/socket" -U "$user" khien_test
    url="postgresql://$user@/khien_test?host=$dir/socket"
    echo "$url" >"$dir/url"
    echo "$url"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
