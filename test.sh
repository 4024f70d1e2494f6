#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit tests and end-to-end runs of the binary.
# Installs and starts what the tests need; servers bind to 127.0.0.1 and are stopped by the
# tests themselves.
set -euo pipefail
cd "$(dirname "$0")"

# Build artefacts live outside the clone so a fresh clone reuses them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kompass/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

if ! command -v cargo >/dev/null; then
    echo "test.sh: cargo is missing; install Rust 1.95 or newer (rustup)" >&2
    exit 1
fi

# Test peers in a virtualenv outside the clone: a real SMTP server (aiosmtpd); a real
# Matrix homeserver (Synapse, pinned: tests/peers/synapse.py writes its config); a
# calendar parser that is not ours (icalendar, pinned: before 7 it read an escaped
# backslash before "n" as a line break); and a Matrix client library the bot shares no
# code with (matrix-nio with its encryption extra, pinned: tests/peers/matrix_nio_peer.py).
# openssl makes throw-away TLS certificates.
VENV="${KOMPASS_TEST_VENV:-$HOME/.cache/kompass/venv}"
SYNAPSE_VERSION=1.163.2
ICALENDAR_VERSION=7.3.2
NIO_VERSION=0.26.0
if ! "$VENV/bin/python" -c "import aiosmtpd, synapse, icalendar, nio, sys; from importlib.metadata import version; from nio.crypto import ENCRYPTION_ENABLED; sys.exit(synapse.__version__ != '$SYNAPSE_VERSION' or icalendar.__version__ != '$ICALENDAR_VERSION' or version('matrix-nio') != '$NIO_VERSION' or not ENCRYPTION_ENABLED)" 2>/dev/null; then
    echo "== installing aiosmtpd, matrix-synapse $SYNAPSE_VERSION, icalendar $ICALENDAR_VERSION and matrix-nio $NIO_VERSION into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check aiosmtpd "matrix-synapse==$SYNAPSE_VERSION" "icalendar==$ICALENDAR_VERSION" "matrix-nio[e2e]==$NIO_VERSION"
fi
export KOMPASS_TEST_PYTHON="$VENV/bin/python"
# openssl makes throw-away TLS certificates for the SMTP tests; nasm builds libjpeg-turbo's
# SIMD code (without it the photo pipeline builds but runs about 2x slower); Dovecot is the
# IMAP server offices' email answers are read from; poppler-utils (pdftotext, pdftoppm,
# pdfinfo) reads back the visit slips and posters.
missing=()
command -v openssl >/dev/null || missing+=(openssl)
command -v nasm >/dev/null || missing+=(nasm)
# Dovecot: the real IMAP server of the email-answer tests (tests/e2e/imap_support.rs).
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
# PostgreSQL: throw-away clusters (initdb + postgres in a temp folder, run as the postgres
# user) for the storage conformance suite and the e2e test on the PostgreSQL backend
# (bot-core/postgres/src/test_cluster.rs); no service of the package is used.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== kompass check (shipped content)"
cargo run --quiet --locked -- check >/dev/null
echo "== kompass check (the multi-town sample: Kalletal and Lindenau)"
cargo run --quiet --locked -- --config contrib/config.multi.toml check >/dev/null
echo "== cargo test"
# Four tests at a time on CI's two cores: the end-to-end tests mostly wait on Synapse,
# Dovecot, PostgreSQL and the bot. Measured on two cores: the e2e suite took 590-656 s two
# at a time, 330 s four at a time (the CPU 114 % busy), all passing. RUST_TEST_THREADS
# changes it.
RUST_TEST_THREADS="${RUST_TEST_THREADS:-4}" cargo test --workspace --locked
