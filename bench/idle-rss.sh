#!/usr/bin/env bash
# Idle memory of `kompass run` (Telegram, polling the loopback Bot API peer of the e2e
# tests) on a data folder with stored conversations, e.g. one filled by
#   cargo run --release --example fill_store -- <data_dir> 100000 4
# Prints VmRSS after 5, 30 and 60 s, the peak (VmHWM), and at 60 s what the RSS is made of:
# RssAnon (the heap: the bot's own memory) and RssFile (mapped files, mostly the executable's
# code: how much of it is resident follows the page cache, e.g. whether the binary was just
# built or copied). docs/benchmarks.md has the figures.
#
#   bench/idle-rss.sh <data_dir> [sled_cache_mb]
#
# Environment: KOMPASS_BIN (default: the release binary in $CARGO_TARGET_DIR or ./target),
# KOMPASS_TEST_PYTHON (a Python with the peer's needs; default python3), KOMPASS_IDLE_STORAGE
# (more `[storage]` lines, e.g. backend = "postgres", url and password_env for a folder
# filled with KOMPASS_FILL_PG_URL), KOMPASS_IDLE_DROP_CACHES=1 (as root: empty the page cache
# first, so that runs of different binaries start alike), KOMPASS_IDLE_METRICS_PORT (a free
# port: /metrics is then served there and scraped every 5 s, as Prometheus would).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${KOMPASS_BIN:-${CARGO_TARGET_DIR:-$here/target}/release/kompass}"
data="$(cd "${1:?usage: idle-rss.sh <data_dir> [sled_cache_mb]}" && pwd)"
cache="${2:-8}"
python="${KOMPASS_TEST_PYTHON:-python3}"
work="$(mktemp -d -t kompass-idle.XXXXXX)"
token="123456:idle-benchmark"
"$python" "$here/tests/peers/telegram_bot_api.py" --port 0 --token "$token" >"$work/peer.out" &
peer=$!
trap 'kill "$peer" 2>/dev/null; [ -n "${bot:-}" ] && kill "$bot" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/peer.out" 2>/dev/null && break; sleep 0.1; done
port="$(sed -n 's/^listening //p' "$work/peer.out")"
cat > "$work/config.toml" <<CONFIG
[content]
flows = "$here/flows"
locales = "$here/locales"

[storage]
data_dir = "$data"
sled_cache_mb = $cache
${KOMPASS_IDLE_STORAGE:-}

[telegram]
token_env = "KOMPASS_IDLE_TOKEN"
api_url = "http://127.0.0.1:$port/"
CONFIG
if [ -n "${KOMPASS_IDLE_METRICS_PORT:-}" ]; then
    printf '\n[admin]\nlisten = "127.0.0.1:%s"\n' "$KOMPASS_IDLE_METRICS_PORT" >> "$work/config.toml"
fi
if [ "${KOMPASS_IDLE_DROP_CACHES:-0}" = 1 ]; then
    sync
    echo 1 > /proc/sys/vm/drop_caches
fi
KOMPASS_IDLE_TOKEN="$token" RUST_LOG=warn "$bin" --config "$work/config.toml" run 2>"$work/bot.log" &
bot=$!
if [ -n "${KOMPASS_IDLE_METRICS_PORT:-}" ]; then
    ( sleep 2; while kill -0 "$bot" 2>/dev/null; do
        curl -s "http://127.0.0.1:$KOMPASS_IDLE_METRICS_PORT/metrics" >"$work/metrics.txt" || true
        sleep 5
      done ) &
fi
rss() { awk '/^VmRSS/ {print $2}' "/proc/$bot/status"; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }
sleep 5; at5="$(rss)"
sleep 25; at30="$(rss)"
sleep 30; at60="$(rss)"
peak="$(awk '/^VmHWM/ {print $2}' "/proc/$bot/status")"
anon="$(awk '/^RssAnon/ {print $2}' "/proc/$bot/status")"
file="$(awk '/^RssFile/ {print $2}' "/proc/$bot/status")"
if [ -n "${KOMPASS_IDLE_METRICS_PORT:-}" ]; then
    echo "scraped: $(grep -c '^kompass_conversations{' "$work/metrics.txt" 2>/dev/null || echo 0) language series, $(awk '/^kompass_conversations\{/ {n += $2} END {print n + 0}' "$work/metrics.txt" 2>/dev/null) conversations"
fi
echo "sled_cache_mb=$cache VmRSS 5 s: $(mb "$at5"), 30 s: $(mb "$at30"), 60 s: $(mb "$at60"), peak: $(mb "$peak"); at 60 s RssAnon $(mb "$anon"), RssFile $(mb "$file")"
