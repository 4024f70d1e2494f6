"""A real Matrix homeserver (Synapse) on 127.0.0.1, for Kompass's end-to-end tests on Matrix.

Runs under a python with `matrix-synapse` installed (1.163.2 measured; for issue 5, test.sh
will install it into the test virtualenv once tests use this peer). It writes DIR/homeserver.yaml for a single-process Synapse with SQLite (DIR/homeserver.db),
the media store in DIR/media_store, server_name `localhost`, one HTTP listener on 127.0.0.1
(client API, which includes media; no federation listener), registration closed except through
the shared-secret admin API, every rate limit lifted, presence, URL previews and metrics off,
uploads up to 50 MB and logs at WARNING in DIR/homeserver.log (Synapse's own stdout/stderr in
DIR/synapse.out). It starts Synapse, waits until `GET /_matrix/client/versions` answers,
registers the users asked for and prints ONE JSON line on stdout:

    {"base_url": "http://127.0.0.1:PORT", "server_name": "localhost",
     "users": {"bot": {"user_id": "@bot:localhost", "password": "bot-password"}, ...},
     "start_seconds": 3.1, "synapse_version": "1.163.2", "synapse_pid": 1234,
     "registration_shared_secret": "...", "log": "DIR/homeserver.log"}

Every user's password is its name followed by "-password". Users are registered through
`/_synapse/admin/v1/register`; the device that registration creates is logged out again, so
each account starts with no device and no access token (log in with the password). Users named
in --admin are server admins. Registering a user that already exists (DIR reused) is accepted.

Cross-signing: Synapse lets a user upload cross-signing keys the first time without
user-interactive auth (MSC3967); replacing existing keys needs UIA with `m.login.password`.

Run: `python tests/peers/synapse.py --dir DIR --port 0 --users bot,caseworker,newcomer,outsider`;
port 0 picks a free port. Binds 127.0.0.1 only. Stops Synapse (SIGTERM, SIGKILL after 10 s) and
exits 0 on SIGTERM, on SIGINT, or when its standard input reaches end of file — so a test that
dies leaves no server behind: spawn it with a piped stdin and keep the pipe open
(`--ignore-stdin` turns this off, for runs by hand in the background). Exits 1 if Synapse
does not start or dies.
"""

import argparse
import ctypes
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import yaml
from signedjson.key import generate_signing_key, write_signing_keys

SERVER_NAME = "localhost"
START_TIMEOUT = 120
STOP_GRACE = 10
UNLIMITED = {"per_second": 100000, "burst_count": 100000}

# Every rate limiter that Synapse 1.163 reads (synapse/config/ratelimiting.py).
RATE_LIMITS = {
    "rc_message": UNLIMITED,
    "rc_registration": UNLIMITED,
    "rc_registration_token_validity": UNLIMITED,
    "rc_login": {"address": UNLIMITED, "account": UNLIMITED, "failed_attempts": UNLIMITED},
    "rc_admin_redaction": UNLIMITED,
    "rc_joins": {"local": UNLIMITED, "remote": UNLIMITED},
    "rc_joins_per_room": UNLIMITED,
    "rc_key_requests": UNLIMITED,
    "rc_3pid_validation": UNLIMITED,
    "rc_invites": {"per_room": UNLIMITED, "per_user": UNLIMITED, "per_issuer": UNLIMITED},
    "rc_third_party_invite": UNLIMITED,
    "rc_media_create": UNLIMITED,
    "rc_presence": {"per_user": UNLIMITED},
    "rc_delayed_event_mgmt": UNLIMITED,
    "rc_room_creation": UNLIMITED,
    "rc_reports": UNLIMITED,
    "rc_user_directory": UNLIMITED,
    "rc_profile": UNLIMITED,
}


def free_port(port=0):
    """`port` if it is free on 127.0.0.1 (else OSError), or any free port for 0."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))
        return probe.getsockname()[1]


def write_config(directory, port, secret):
    directory = os.path.abspath(directory)
    log_config = {
        "version": 1,
        "formatters": {"precise": {"format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s"}},
        "handlers": {"file": {
            "class": "logging.FileHandler",
            "formatter": "precise",
            "filename": os.path.join(directory, "homeserver.log"),
            "encoding": "utf8",
        }},
        "root": {"level": "WARNING", "handlers": ["file"]},
        "disable_existing_loggers": False,
    }
    with open(os.path.join(directory, "log.config"), "w") as out:
        yaml.safe_dump(log_config, out, sort_keys=False)

    key_path = os.path.join(directory, "signing.key")
    if not os.path.exists(key_path):
        with open(key_path + ".tmp", "w") as out:
            write_signing_keys(out, [generate_signing_key("a_" + secrets.token_hex(2))])
        os.replace(key_path + ".tmp", key_path)

    config = {
        "server_name": SERVER_NAME,
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "pid_file": os.path.join(directory, "homeserver.pid"),
        "listeners": [{
            "port": port,
            "bind_addresses": ["127.0.0.1"],
            "type": "http",
            "tls": False,
            "x_forwarded": False,
            "resources": [{"names": ["client"], "compress": False}],
        }],
        "database": {"name": "sqlite3", "args": {"database": os.path.join(directory, "homeserver.db")}},
        "log_config": os.path.join(directory, "log.config"),
        "media_store_path": os.path.join(directory, "media_store"),
        "signing_key_path": key_path,
        "registration_shared_secret": secret,
        "macaroon_secret_key": secrets.token_urlsafe(32),
        "form_secret": secrets.token_urlsafe(32),
        "enable_registration": False,
        "report_stats": False,
        "enable_metrics": False,
        "suppress_key_server_warning": True,
        "trusted_key_servers": [],
        "federation_domain_whitelist": [],
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "max_upload_size": "50M",
        "max_pending_media_uploads": 1000,
        "bcrypt_rounds": 4,
        **RATE_LIMITS,
    }
    path = os.path.join(directory, "homeserver.yaml")
    with open(path + ".tmp", "w") as out:
        out.write("# Written by tests/peers/synapse.py; rewritten at every start.\n")
        # The JSON round trip copies the shared rate-limit dicts, so YAML writes no aliases.
        yaml.safe_dump(json.loads(json.dumps(config)), out, sort_keys=False)
    os.replace(path + ".tmp", path)
    return path


def die_with_parent():
    # Synapse gets SIGKILL if this script dies without cleaning up (Linux only).
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def request(base_url, method, path, body=None, token=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base_url + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        try:
            return error.code, json.loads(error.read() or b"{}")
        except ValueError:
            return error.code, {}


def start(directory, port, secret, stopping):
    config = write_config(directory, port, secret)
    output = open(os.path.join(directory, "synapse.out"), "ab")
    began = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "synapse.app.homeserver", "-c", config],
        cwd=directory,
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=die_with_parent,
    )
    output.close()
    base_url = f"http://127.0.0.1:{port}"
    while time.monotonic() - began < START_TIMEOUT and not stopping.is_set():
        if child.poll() is not None:
            return child, base_url, None
        try:
            status, _ = request(base_url, "GET", "/_matrix/client/versions", timeout=2)
            if status == 200:
                return child, base_url, time.monotonic() - began
        except OSError:
            pass
        time.sleep(0.05)
    return child, base_url, None


def stop(child):
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def register(base_url, secret, name, admin):
    password = name + "-password"
    status, body = request(base_url, "GET", "/_synapse/admin/v1/register")
    if status != 200:
        raise RuntimeError(f"register nonce: {status} {body}")
    nonce = body["nonce"]
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
    mac.update(b"\x00".join([nonce.encode(), name.encode(), password.encode(), b"admin" if admin else b"notadmin"]))
    status, body = request(base_url, "POST", "/_synapse/admin/v1/register", {
        "nonce": nonce,
        "username": name,
        "password": password,
        "admin": admin,
        "mac": mac.hexdigest(),
    })
    if status == 200:
        # Registration logs in; log out so the account starts without a device.
        request(base_url, "POST", "/_matrix/client/v3/logout", {}, token=body["access_token"])
    elif not (status == 400 and body.get("errcode") == "M_USER_IN_USE"):
        raise RuntimeError(f"register {name}: {status} {body}")
    return {"user_id": f"@{name}:{SERVER_NAME}", "password": password}


def tail(path, lines=30):
    try:
        with open(path, errors="replace") as log:
            return "".join(log.readlines()[-lines:])
    except OSError:
        return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, help="configuration, database, media and logs")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--users", default="", help="comma-separated user names to register")
    parser.add_argument("--admin", default="", help="comma-separated user names that are server admins")
    parser.add_argument("--ignore-stdin", action="store_true", help="do not stop at end of standard input")
    args = parser.parse_args()
    directory = os.path.abspath(args.dir)
    os.makedirs(directory, exist_ok=True)
    users = [name for name in args.users.split(",") if name]
    admins = {name for name in args.admin.split(",") if name}
    secret = secrets.token_urlsafe(32)

    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())

    # A port picked here may be taken before Synapse binds it: try again with another.
    for _attempt in range(3 if args.port == 0 else 1):
        try:
            # An explicit port already in use would have the readiness check answered by
            # whatever else listens there.
            port = free_port(args.port)
        except OSError as error:
            sys.exit(f"synapse.py: port {args.port} on 127.0.0.1: {error}")
        child, base_url, start_seconds = start(directory, port, secret, stopping)
        if start_seconds is not None or child.poll() is None or stopping.is_set():
            break
    if start_seconds is None:
        stop(child)
        if stopping.is_set():
            sys.exit(0)
        sys.stderr.write(f"synapse.py: Synapse did not start (exit {child.returncode}); log:\n")
        sys.stderr.write(tail(os.path.join(directory, "homeserver.log")) + tail(os.path.join(directory, "synapse.out")))
        sys.exit(1)

    try:
        registered = {name: register(base_url, secret, name, name in admins) for name in users}
        _, versions = request(base_url, "GET", "/_synapse/admin/v1/server_version")
    except (OSError, RuntimeError, ValueError) as error:
        stop(child)
        sys.stderr.write(f"synapse.py: {error}\n")
        sys.exit(1)
    print(json.dumps({
        "base_url": base_url,
        "server_name": SERVER_NAME,
        "users": registered,
        "start_seconds": round(start_seconds, 3),
        "synapse_version": versions.get("server_version"),
        "synapse_pid": child.pid,
        "registration_shared_secret": secret,
        "log": os.path.join(directory, "homeserver.log"),
    }), flush=True)

    if not args.ignore_stdin:
        def watch_stdin():
            # os.read, not sys.stdin: a daemon thread blocked in a buffered read aborts
            # the interpreter at exit.
            try:
                while os.read(0, 65536):
                    pass
            except OSError:
                pass
            stopping.set()
        threading.Thread(target=watch_stdin, daemon=True).start()

    def watch_child():
        child.wait()
        stopping.set()
    threading.Thread(target=watch_child, daemon=True).start()

    stopping.wait()
    died = child.poll() is not None
    stop(child)
    if died:
        sys.stderr.write(f"synapse.py: Synapse exited on its own ({child.returncode}); log:\n")
        sys.stderr.write(tail(os.path.join(directory, "homeserver.log")))
        sys.exit(1)


if __name__ == "__main__":
    main()
