#!/usr/bin/env bash
# Starts the `kompass` binary for ../shared/tgbench: tgbench sets TGBENCH_API (its loopback
# Bot API emulator) and TGBENCH_TOKEN; this writes a config pointing Kompass at them, with
# storage in a fresh folder (every step durable in sled, as in production), and execs the bot.
#
#   tgbench bench --bot-cmd "/path/to/kompass/bench/tgbench-kompass.sh" ...
#
# Environment: KOMPASS_BIN (default: the release binary in $CARGO_TARGET_DIR or ./target),
# KOMPASS_BENCH_DIR (default: a new temporary folder), KOMPASS_BENCH_LIMITS ("off", the
# default: the emulator has no Telegram rate limits, so none are kept; "telegram": 1 message
# per second per chat and 30 overall, as against the real Telegram), KOMPASS_BENCH_STORAGE
# (extra lines for the `[storage]` table, e.g. "sled_cache_mb = 64").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${KOMPASS_BIN:-${CARGO_TARGET_DIR:-$here/target}/release/kompass}"
dir="${KOMPASS_BENCH_DIR:-$(mktemp -d -t kompass-bench.XXXXXX)}"
mkdir -p "$dir"
if [ "${KOMPASS_BENCH_LIMITS:-off}" = telegram ]; then
    limits=$'messages_per_second = 30\nchat_messages_per_second = 1'
else
    limits=$'messages_per_second = 0\nchat_messages_per_second = 0'
fi
cat > "$dir/config.toml" <<CONFIG
[content]
flows = "$here/flows"
locales = "$here/locales"

[storage]
data_dir = "$dir/data"
${KOMPASS_BENCH_STORAGE:-}

[telegram]
token_env = "TGBENCH_TOKEN"
api_url = "${TGBENCH_API:?tgbench sets TGBENCH_API}"
$limits
CONFIG
exec "$bin" --config "$dir/config.toml" run
