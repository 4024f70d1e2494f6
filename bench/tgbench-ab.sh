#!/usr/bin/env bash
# Interleaved A/B runs of tgbench (docs/benchmarks.md, "Speed at the end of issue 15"):
# each argument is LABEL:BINARY and runs the 1,000-user German onboarding once, in order.
#   - LABEL "aiogram" runs tgbench's aiogram peer instead (BINARY is ignored);
#   - a LABEL starting with "pg" runs Kompass on PostgreSQL: a new database in the cluster
#     that `bench/pg-bench-cluster.sh start $KOMPASS_AB_PG` made, and prints the server's
#     CPU beside the bot's (tgbench sees only the bot);
#   - any other LABEL runs Kompass on sled in a fresh folder;
#   - BINARY@TREE runs that binary with the bench scripts and content of TREE, a checkout of
#     the commit it was built from (older versions had other texts and flows), e.g. issue 4's
#     code from `git worktree add ../issue4 126458b` (next to ../shared, which its script
#     names).
#
#   bench/tgbench-ab.sh ab.jsonl old:/tmp/kompass-old new:target/release/kompass aiogram:- \
#       pg:target/release/kompass new:target/release/kompass old:/tmp/kompass-old aiogram:-
#
# Environment: TGBENCH_DIR (a built copy of ../shared/tgbench with its aiogram venv; default
# /tmp/tgbench), KOMPASS_AB_PG (the cluster folder; default /tmp/pgb), KOMPASS_AB_USERS (1000),
# KOMPASS_AB_DATA (a folder for the sled runs' data folders, one new subfolder per run, never
# deleted during the A/B: ext4 walks past inodes deleted in the last minutes when it creates
# a file, so deleting one run's files makes the next run's file creation dearer).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:?usage: tgbench-ab.sh OUT.jsonl LABEL:BINARY ...}")"
shift
tgbench_dir="${TGBENCH_DIR:-/tmp/tgbench}"
pg="${KOMPASS_AB_PG:-/tmp/pgb}"
users="${KOMPASS_AB_USERS:-1000}"
# Paths on the command line are relative to where the script was started.
bench() {
    (cd "$tgbench_dir" && target/release/tgbench bench --port 0 --users "$users" --warmup 10 \
        --json-out "$out" --wait-quiet-s 120 "$@" 2>&1) | grep -E "round trips .*ok|bot \(pid|machine CPU"
}
n=0
for spec in "$@"; do
    label="${spec%%:*}"
    bin="${spec#*:}"
    tree="$here"
    if [[ "$bin" == *@* ]]; then
        tree="$(realpath "${bin#*@}")"
        bin="${bin%@*}"
    fi
    bin="$(realpath -m "$bin")"
    n=$((n + 1))
    data=""
    if [ -n "${KOMPASS_AB_DATA:-}" ]; then
        data="$(realpath -m "$KOMPASS_AB_DATA")/run-$(date +%s)-$n"
    fi
    echo "== $label"
    if [ "$label" = aiogram ]; then
        bench --script scripts/onboarding_de.toml --label "aiogram 3.31" \
            --bot-cmd "env TGBENCH_OUT=$(mktemp -d) .venv/bin/python peer_aiogram/bot.py"
    elif [[ "$label" == pg* ]]; then
        url="$("$here/bench/pg-bench-cluster.sh" newdb "$pg" "ab_$(date +%s)_$n")"
        before="$("$here/bench/pg-bench-cluster.sh" cpu "$pg")"
        KOMPASS_BENCH_PG_PASSWORD="$(cat "$pg/password")" KOMPASS_BIN="$bin" \
        KOMPASS_BENCH_STORAGE=$'backend = "postgres"\nurl = "'"$url"$'"\npassword_env = "KOMPASS_BENCH_PG_PASSWORD"' \
            bench --script "$here/bench/tgbench-onboarding-de.toml" --label "$label" \
            --bot-cmd "$here/bench/tgbench-kompass.sh"
        after="$("$here/bench/pg-bench-cluster.sh" cpu "$pg")"
        awk -v a="$after" -v b="$before" -v rt="$((users * 21))" 'BEGIN {
            printf "  PostgreSQL server CPU %.2f s (warm-up included) = %.0f µs per round trip\n", a - b, (a - b) * 1e6 / rt }'
    else
        KOMPASS_BIN="$bin" KOMPASS_BENCH_DIR="$data" \
            bench --script "$tree/bench/tgbench-onboarding-de.toml" --label "$label" \
            --bot-cmd "$tree/bench/tgbench-kompass.sh"
    fi
done
