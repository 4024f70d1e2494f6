"""A real SMTP server (aiosmtpd) for Kompass's end-to-end tests, on 127.0.0.1 only.

Every accepted message is written to MAILDIR as NNNN.eml, with NNNN.json holding the
envelope (sender, recipients, whether authenticated, whether TLS). Modes: plain, STARTTLS (required) or
implicit TLS; optional AUTH (LOGIN/PLAIN, over TLS only); --fail-first N answers the first
N messages with 451 (try again later). The port is written to --port-file once listening.
Stops on SIGTERM or SIGINT.
"""

import argparse
import json
import os
import signal
import socket
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, maildir, fail_first, refuse_containing):
        self.maildir = maildir
        self.fail_first = fail_first
        self.refuse_containing = refuse_containing
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.fail_first > 0:
                self.fail_first -= 1
                return "451 4.3.0 Temporary failure, try again later"
            if self.refuse_containing and self.refuse_containing.encode() in envelope.original_content:
                return "554 5.7.1 Message refused by policy"
            number = len([n for n in os.listdir(self.maildir) if n.endswith(".eml")])
            base = os.path.join(self.maildir, f"{number:04d}")
            with open(base + ".json.tmp", "w") as meta:
                json.dump({
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": envelope.rcpt_tos,
                    "authenticated": bool(session.authenticated),
                    "tls": server.transport.get_extra_info("sslcontext") is not None,
                }, meta)
            os.replace(base + ".json.tmp", base + ".json")
            with open(base + ".eml.tmp", "wb") as message:
                message.write(envelope.original_content)
            os.replace(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 OK"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)
    return check


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--auth", help="user:password")
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--refuse-containing", help="answer 554 to messages containing this text")
    args = parser.parse_args()
    os.makedirs(args.maildir, exist_ok=True)

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
    options = {"data_size_limit": 64 * 1024 * 1024}
    if args.mode == "starttls":
        options.update(tls_context=context, require_starttls=True)
    if args.auth:
        user, password = args.auth.split(":", 1)
        options.update(authenticator=authenticator(user, password), auth_required=True, auth_require_tls=args.mode == "starttls")
    port = args.port or free_port()
    controller = Controller(
        Sink(args.maildir, args.fail_first, args.refuse_containing),
        hostname="127.0.0.1",
        port=port,
        ssl_context=context if args.mode == "tls" else None,
        server_hostname="127.0.0.1",
        **options,
    )
    controller.start()
    with open(args.port_file + ".tmp", "w") as out:
        out.write(str(port))
    os.replace(args.port_file + ".tmp", args.port_file)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
