#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the PostgreSQL A/B in docs/benchmarks.md: production
# durability (fsync and synchronous_commit on, unlike the test suite's cluster), listening
# on 127.0.0.1 only, in a folder of its own; run as the `postgres` user when started as root.
#
#   bench/pg-bench-cluster.sh start DIR     # prints the URL; the password is in DIR/password
#   bench/pg-bench-cluster.sh newdb DIR NAME
#   bench/pg-bench-cluster.sh cpu DIR       # CPU seconds used by the server so far
#   bench/pg-bench-cluster.sh stop DIR
#
# `cpu` counts the postmaster and every backend, live or ended (ended children are in the
# postmaster's cutime/cstime), so the server's share of a round trip can be reported beside
# the bot's own CPU, which is all tgbench sees.
set -euo pipefail
cmd="${1:?usage: pg-bench-cluster.sh start|newdb|cpu|stop DIR [NAME]}"
dir="${2:?a folder for the cluster}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_in() {
    PGPASSWORD="$(cat "$dir/password")" "$bin/psql" -h 127.0.0.1 -p "$(cat "$dir/port")" \
        -U kompass -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"
}
case "$cmd" in
start)
    mkdir -p "$dir"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    echo "$port" > "$dir/port"
    [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U kompass -A scram-sha-256 --pwfile "$dir/password" \
        -E UTF8 --locale C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" start >/dev/null
    echo "postgres://kompass@127.0.0.1:$port/"
    ;;
newdb)
    psql_in "CREATE DATABASE \"${3:?a database name}\""
    echo "postgres://kompass@127.0.0.1:$(cat "$dir/port")/$3"
    ;;
cpu)
    master="$(head -1 "$dir/data/postmaster.pid")"
    ticks="$(getconf CLK_TCK)"
    {
        # The postmaster: own utime+stime and its waited-for children's cutime+cstime.
        awk '{ print $14 + $15 + $16 + $17 }' "/proc/$master/stat"
        for child in $(pgrep -P "$master"); do
            awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || true
        done
    } | awk -v hz="$ticks" '{ s += $1 } END { printf "%.2f\n", s / hz }'
    ;;
stop)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "unknown command $cmd" >&2
    exit 2
    ;;
esac
