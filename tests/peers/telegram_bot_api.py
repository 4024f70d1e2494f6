"""A Telegram Bot API server on loopback, for the end-to-end tests of the `kompass` binary.

It speaks the real HTTP protocol the way teloxide uses it: `POST /bot<TOKEN>/<method>` with
JSON, form or multipart bodies, replies `{"ok": true, "result": ...}` or Telegram's errors
(400 with a description, 401, 404, 429 with `parameters.retry_after`), long polling
`getUpdates` with `offset`/`limit`/`timeout`, and file downloads from
`GET /file/bot<TOKEN>/<file_path>` (percent-encoded paths too). Telegram's checks that bots
trip over are kept: unknown chat, empty or too long text, `callback_data` over 64 bytes,
"message is not modified", message to edit not found, unknown or already answered callback
query, unknown chat action, files over 20 MB for `getFile`.

Tests drive it through a control API under `/_test/` (JSON in and out):

    POST /_test/text     {chat_id, text, language_code?, chat_type?, user_id?}
    POST /_test/press    {chat_id, message_id, data}       -> callback_query
    POST /_test/photo    {chat_id, bytes_b64, caption?, media_group_id?}
         (three PhotoSize entries; only the largest points to the bytes)
    POST /_test/document {chat_id, bytes_b64 | size, file_name?, mime_type?, media_group_id?}
    POST /_test/voice    {chat_id, bytes_b64 | size, duration?, mime_type?}
                         a voice message (OGG/Opus by default), downloadable by getFile
    POST /_test/other    {chat_id, kind: sticker|location|voice|contact, phone_number?}
    POST /_test/raw      {update}                          (update_id kept if given)
    POST /_test/member   {chat_id, kind: joined|left, user_id?, bot?, chat_type?}
                         a service message: someone (the bot itself with `bot`) joined or left
    POST /_test/edit     {chat_id, message_id, text}       -> edited_message
    POST /_test/fail     {method, count, retry_after}      next calls answer 429
                         {method, count, status: 502}      next calls answer a server error
    GET  /_test/chat/<chat_id>    {"messages": [...]} with edits applied
    GET  /_test/calls[?method=M]  every Bot API call: method, params, status, time, via

A bot whose `api_url` ends in `/via/<name>` calls `/via/<name>/bot<TOKEN>/<method>`: the
same API, with `via` = name recorded on each call (tests with two bot processes on one
server tell them apart by it).
    GET  /_test/callbacks         {"unanswered": [...]}
    GET  /_test/commands          setMyCommands by language_code ("" for the default)

Run: `python3 telegram_bot_api.py --port 0 --token TOKEN`; prints `listening <port>` once
ready; binds 127.0.0.1 only; stops on SIGTERM. `--token` may be given several times: one
server for several bots (a municipality's own bot beside the deployment's), each with chats,
updates and files of its own; the control API then takes `?token=<TOKEN>` (default: the
first).
"""

import argparse
import base64
import email.parser
import email.policy
import hashlib
import json
import re
import signal
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_DOWNLOAD = 20 * 1024 * 1024
CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note",
    "upload_video_note",
}
BOT = {"id": 4242, "is_bot": True, "first_name": "Kompass Test", "username": "kompass_test_bot"}


class ApiError(Exception):
    def __init__(self, status, description, parameters=None):
        super().__init__(description)
        self.status, self.description, self.parameters = status, description, parameters


class State:
    """Everything the server knows, behind one lock."""

    def __init__(self):
        self.lock = threading.Condition()
        self.next_update = 100_000_000
        self.updates = []          # not yet confirmed, oldest first
        self.chats = {}            # chat id -> {"type", "messages": [...]}
        self.files = {}            # file_id -> (path, size, bytes or None)
        self.next_file = 1
        self.callbacks = {}        # query id -> answered?
        self.calls = []
        self.failures = {}         # method (lower) -> [count, retry_after]
        self.commands = {}

    # -- helpers (lock held) --
    def chat(self, chat_id, chat_type="private"):
        return self.chats.setdefault(chat_id, {"type": chat_type, "messages": [], "next": 1})

    def chat_object(self, chat_id):
        chat = self.chats[chat_id]
        if chat["type"] == "private":
            return {"id": chat_id, "type": "private", "first_name": f"User{chat_id}"}
        return {"id": chat_id, "type": chat["type"], "title": f"Group{chat_id}"}

    def user_message(self, chat_id, fields, user_id=None, language=None, chat_type="private"):
        chat = self.chat(chat_id, chat_type)
        message_id = chat["next"]
        chat["next"] += 1
        sender = {"id": user_id or chat_id, "is_bot": False, "first_name": f"User{chat_id}"}
        if language:
            sender["language_code"] = language
        message = {"message_id": message_id, "date": int(time.time()),
                   "chat": self.chat_object(chat_id), "from": sender, **fields}
        chat["messages"].append({"message": message, "from_bot": False, "edited": False})
        return message

    def push(self, update):
        if "update_id" not in update:
            update["update_id"] = self.next_update
            self.next_update += 1
        self.updates.append(update)
        self.updates.sort(key=lambda u: u["update_id"])
        self.lock.notify_all()
        return update["update_id"]

    def add_file(self, data, kind, extension, size=None):
        file_id = f"file-{self.next_file}"
        path = f"{kind}/file_{self.next_file}.{extension}"
        self.next_file += 1
        self.files[file_id] = (path, size if size is not None else len(data), data)
        return file_id

    def bot_message(self, chat_id, message_id):
        for entry in self.chats.get(chat_id, {}).get("messages", []):
            if entry["from_bot"] and entry["message"]["message_id"] == message_id:
                return entry
        return None


STATE = State()
STATES = {}  # token -> State; STATE is the first token's


def tiny_jpeg():
    # A valid 1x1 JPEG: the thumbnails a careless bot would take instead of the photo.
    return base64.b64decode(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////"
        "////////////////////////////////////2wBDAf//////////////////////////////////////////"
        "////////////////////////////////////////////wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAA"
        "AAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAA"
        "AAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAA/9k=")


def check_markup(markup):
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError(400, "Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def check_text(text):
    if not text or not str(text).strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(str(text).encode("utf-16-le")) // 2 > 4096:
        raise ApiError(400, "Bad Request: message is too long")


def bot_api(method, params, s):
    """One Bot API method of the bot whose state is `s`; the lock is held."""
    chat_id = params.get("chat_id")
    if chat_id is not None:
        chat_id = int(chat_id)
    if method == "getme":
        return dict(BOT, can_join_groups=True, can_read_all_group_messages=False,
                    supports_inline_queries=False, can_connect_to_business=False,
                    has_main_web_app=False)
    if method == "getupdates":
        offset = int(params.get("offset", 0) or 0)
        limit = max(1, min(100, int(params.get("limit", 100) or 100)))
        if offset:
            s.updates = [u for u in s.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + float(params.get("timeout", 0) or 0)
        while not s.updates and time.monotonic() < deadline:
            s.lock.wait(deadline - time.monotonic())
        return s.updates[:limit]
    if method in ("deletewebhook", "close", "logout"):
        return True
    if method == "setwebhook":
        return True
    if method == "getwebhookinfo":
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(s.updates)}
    if method == "setmycommands":
        commands = params.get("commands")
        if isinstance(commands, str):
            commands = json.loads(commands)
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command.get("command", "")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        s.commands[params.get("language_code", "")] = commands
        return True
    if method == "getmycommands":
        return s.commands.get(params.get("language_code", ""), [])
    if method in ("sendmessage", "editmessagetext", "editmessagereplymarkup", "sendchataction",
                  "sendphoto", "senddocument", "deletemessage"):
        if chat_id not in s.chats:
            raise ApiError(400, "Bad Request: chat not found")
    markup = params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    if method == "sendmessage":
        check_text(params.get("text"))
        check_markup(markup)
        if params.get("parse_mode"):
            raise ApiError(400, "Bad Request: can't parse entities: this test server expects plain text")
        chat = s.chats[chat_id]
        message = {"message_id": chat["next"], "date": int(time.time()), "from": BOT,
                   "chat": s.chat_object(chat_id), "text": params["text"]}
        if markup:
            message["reply_markup"] = markup
        chat["next"] += 1
        chat["messages"].append({"message": message, "from_bot": True, "edited": False})
        s.lock.notify_all()
        return message
    if method in ("editmessagetext", "editmessagereplymarkup"):
        entry = s.bot_message(chat_id, int(params.get("message_id", 0)))
        if entry is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        check_markup(markup)
        message = entry["message"]
        text = params.get("text", message.get("text")) if method == "editmessagetext" else message.get("text")
        check_text(text)
        if text == message.get("text") and (markup or None) == (message.get("reply_markup") or None):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content "
                                "and reply markup are exactly the same as a current content and reply "
                                "markup of the message")
        message["text"] = text
        if markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        message["edit_date"] = int(time.time())
        entry["edited"] = True
        s.lock.notify_all()
        return message
    if method == "answercallbackquery":
        query = params.get("callback_query_id")
        if query not in s.callbacks or s.callbacks[query]:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        s.callbacks[query] = True
        return True
    if method == "senddocument":
        document = params.get("document")
        if not isinstance(document, dict) or not document.get("size"):
            raise ApiError(400, "Bad Request: there is no document in the request")
        chat = s.chats[chat_id]
        message = {"message_id": chat["next"], "date": int(time.time()), "from": BOT,
                   "chat": s.chat_object(chat_id),
                   "document": {"file_name": document["filename"], "file_size": document["size"],
                                "sha256": document["sha256"], "bytes_b64": document["b64"]}}
        chat["next"] += 1
        chat["messages"].append({"message": message, "from_bot": True, "edited": False})
        s.lock.notify_all()
        return message
    if method == "sendchataction":
        if params.get("action") not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True
    if method == "getfile":
        file_id = params.get("file_id")
        if file_id not in s.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, size, _ = s.files[file_id]
        if size > MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {"file_id": file_id, "file_unique_id": "u" + file_id, "file_size": size, "file_path": path}
    raise ApiError(404, "Not Found")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    token = ""

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            # Multipart uploads (sendDocument) arrive in chunks.
            raw = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    break
                raw += self.rfile.read(size)
                self.rfile.readline()
        else:
            length = int(self.headers.get("Content-Length", 0) or 0)
            raw = self.rfile.read(length) if length else b""
        kind = self.headers.get("Content-Type", "")
        if kind.startswith("application/json"):
            return json.loads(raw or b"{}")
        if kind.startswith("application/x-www-form-urlencoded"):
            return {k: v[0] for k, v in urllib.parse.parse_qs(raw.decode()).items()}
        if kind.startswith("multipart/form-data"):
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + kind.encode() + b"\r\n\r\n" + raw)
            params = {}
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename():
                    params[name] = {"filename": part.get_filename(), "size": len(payload),
                                    "sha256": hashlib.sha256(payload).hexdigest(),
                                    "b64": base64.b64encode(payload).decode()}
                else:
                    params[name] = payload.decode()
            # A file sent under a name of its own and referred to as `attach://<name>`
            # (teloxide does this for every upload).
            for key, value in list(params.items()):
                if isinstance(value, str) and value.startswith("attach://"):
                    params[key] = params.pop(value[len("attach://"):], value)
            return params
        return {}

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def route(self, verb):
        url = urllib.parse.urlparse(self.path)
        path = url.path
        query = {k: v[0] for k, v in urllib.parse.parse_qs(url.query).items()}
        via = re.fullmatch(r"/via/([^/]+)(/.*)", path)
        self.via = None
        if via:
            # teloxide appends its segments after the url's trailing slash: `/via/p0//bot…`.
            self.via, path = via.group(1), "/" + via.group(2).lstrip("/")
        try:
            if path.startswith("/_test/"):
                return self.control(verb, path[len("/_test/"):], query)
            if path.startswith("/file/bot"):
                return self.download(path)
            match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", path)
            if not match:
                return self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            params = dict(query)
            if verb == "POST":
                params.update(self.body())
            method = match.group(2).lower()
            if match.group(1) not in STATES:
                return self.reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            self.api(method, params, STATES[match.group(1)])
        except (BrokenPipeError, ConnectionResetError):
            pass

    def api(self, method, params, s):
        with s.lock:
            record = {"method": method, "params": params, "time": time.monotonic(), "via": self.via}
            s.calls.append(record)
            failure = s.failures.get(method)
            if failure and failure[0] > 0:
                failure[0] -= 1
                count, retry_after, status = failure
                record["status"] = status
                if status != 429:
                    return self.reply(status, {"ok": False, "error_code": status, "description": "Bad Gateway"})
                return self.reply(429, {"ok": False, "error_code": 429,
                                        "description": f"Too Many Requests: retry after {retry_after}",
                                        "parameters": {"retry_after": retry_after}})
            try:
                result = bot_api(method, params, s)
            except ApiError as error:
                record["status"] = error.status
                return self.reply(error.status, {"ok": False, "error_code": error.status,
                                                 "description": error.description})
            record["status"] = 200
        self.reply(200, {"ok": True, "result": result})

    def download(self, path):
        s, wanted = STATE, None
        for token, state in STATES.items():
            prefix = f"/file/bot{token}/"
            if path.startswith(prefix):
                s, wanted = state, urllib.parse.unquote(path[len(prefix):])
        with s.lock:
            s.calls.append({"method": "(download)", "params": {"path": wanted}, "status": 200,
                            "time": time.monotonic()})
            for stored_path, size, data in s.files.values():
                if stored_path == wanted and data is not None:
                    return self.reply(200, data, "application/octet-stream")
        self.reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def control(self, verb, what, query):
        s = STATES.get(query.get("token"), STATE)
        body = self.body() if verb == "POST" else {}
        with s.lock:
            if what.startswith("chat/"):
                chat = s.chats.get(int(what[5:]), {"messages": []})
                messages = [dict(entry["message"], from_bot=entry["from_bot"], edited=entry["edited"])
                            for entry in chat["messages"]]
                return self.reply(200, {"messages": messages})
            if what == "calls":
                calls = [c for c in s.calls if "method" not in query or c["method"] == query["method"].lower()]
                return self.reply(200, calls[int(query.get("since", 0)):])
            if what == "callbacks":
                return self.reply(200, {"unanswered": [q for q, done in s.callbacks.items() if not done]})
            if what == "commands":
                return self.reply(200, s.commands)
            chat_id = int(body.get("chat_id", 0))
            chat_type = body.get("chat_type", "private")
            language = body.get("language_code")
            user_id = body.get("user_id")
            group = {"media_group_id": body["media_group_id"]} if body.get("media_group_id") else {}
            if what == "text":
                text = body["text"]
                fields = {"text": text}
                if text.startswith("/"):
                    fields["entities"] = [{"type": "bot_command", "offset": 0,
                                           "length": len(text.split()[0])}]
                message = s.user_message(chat_id, fields, user_id, language, chat_type)
            elif what == "press":
                entry = s.bot_message(chat_id, int(body["message_id"]))
                if entry is None:
                    return self.reply(404, {"error": "no such bot message"})
                query_id = f"cb-{len(s.callbacks) + 1}"
                s.callbacks[query_id] = False
                sender = {"id": chat_id, "is_bot": False, "first_name": f"User{chat_id}"}
                if language:
                    sender["language_code"] = language
                update_id = s.push({"callback_query": {
                    "id": query_id, "from": sender, "message": entry["message"],
                    "chat_instance": f"ci-{chat_id}", "data": body["data"]}})
                return self.reply(200, {"update_id": update_id, "callback_query_id": query_id})
            elif what == "photo":
                data = base64.b64decode(body["bytes_b64"])
                small = s.add_file(tiny_jpeg(), "photos", "jpg")
                medium = s.add_file(tiny_jpeg(), "photos", "jpg")
                large = s.add_file(data, "photos", "jpg")
                sizes = [{"file_id": small, "file_unique_id": "u" + small, "width": 90, "height": 67, "file_size": 1000},
                         {"file_id": medium, "file_unique_id": "u" + medium, "width": 320, "height": 240, "file_size": 9000},
                         {"file_id": large, "file_unique_id": "u" + large, "width": 1280, "height": 960, "file_size": len(data)}]
                fields = {"photo": sizes, **group}
                if body.get("caption"):
                    fields["caption"] = body["caption"]
                message = s.user_message(chat_id, fields, user_id, language, chat_type)
            elif what == "document":
                data = base64.b64decode(body["bytes_b64"]) if "bytes_b64" in body else None
                size = len(data) if data is not None else int(body["size"])
                file_id = s.add_file(data, "documents", "bin", size)
                document = {"file_id": file_id, "file_unique_id": "u" + file_id, "file_size": size}
                for key in ("file_name", "mime_type"):
                    if body.get(key):
                        document[key] = body[key]
                message = s.user_message(chat_id, {"document": document, **group}, user_id, language, chat_type)
            elif what == "voice":
                data = base64.b64decode(body["bytes_b64"]) if "bytes_b64" in body else None
                size = len(data) if data is not None else int(body["size"])
                file_id = s.add_file(data, "voice", "oga", size)
                voice = {"file_id": file_id, "file_unique_id": "u" + file_id,
                         "duration": int(body.get("duration", 3)),
                         "mime_type": body.get("mime_type", "audio/ogg"), "file_size": size}
                message = s.user_message(chat_id, {"voice": voice}, user_id, language, chat_type)
            elif what == "other":
                kinds = {
                    "sticker": {"sticker": {"file_id": "st", "file_unique_id": "ust", "type": "regular",
                                            "width": 512, "height": 512, "is_animated": False,
                                            "is_video": False}},
                    "location": {"location": {"latitude": 52.08, "longitude": 8.94}},
                    "voice": {"voice": {"file_id": "vo", "file_unique_id": "uvo", "duration": 3}},
                    "contact": {"contact": {"phone_number": body.get("phone_number", "+4900000"),
                                            "first_name": "X"}},
                }
                message = s.user_message(chat_id, kinds[body["kind"]], user_id, language, chat_type)
            elif what == "member":
                who = dict(BOT) if body.get("bot") else {
                    "id": int(body.get("user_id") or chat_id), "is_bot": False,
                    "first_name": f"User{body.get('user_id') or chat_id}"}
                fields = ({"new_chat_members": [who]} if body["kind"] == "joined"
                          else {"left_chat_member": who})
                message = s.user_message(chat_id, fields, user_id, language,
                                         body.get("chat_type", "group"))
            elif what == "edit":
                entry = next((e for e in s.chats.get(chat_id, {}).get("messages", [])
                              if not e["from_bot"] and e["message"]["message_id"] == int(body["message_id"])),
                             None)
                if entry is None:
                    return self.reply(404, {"error": "no such user message"})
                entry["message"]["text"] = body["text"]
                entry["message"]["edit_date"] = int(time.time())
                entry["edited"] = True
                update_id = s.push({"edited_message": dict(entry["message"])})
                return self.reply(200, {"update_id": update_id})
            elif what == "raw":
                update = body["update"]
                for key in ("message", "callback_query"):
                    chat = (update.get(key) or {}).get("chat") or ((update.get(key) or {}).get("message") or {}).get("chat")
                    if chat:
                        s.chat(chat["id"], chat.get("type", "private"))
                return self.reply(200, {"update_id": s.push(update)})
            elif what == "fail":
                s.failures[body["method"].lower()] = [int(body["count"]), int(body.get("retry_after", 1)),
                                                      int(body.get("status", 429))]
                return self.reply(200, {})
            else:
                return self.reply(404, {"error": "unknown control path"})
            update_id = s.push({"message": message})
            return self.reply(200, {"update_id": update_id, "message_id": message["message_id"]})


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A bot killed with `kill -9` (the kill tests) drops its connections mid-request:
        # that is the test working, not an error worth a traceback in the test log.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", required=True, action="append")
    args = parser.parse_args()
    global STATE
    for token in args.token:
        STATES[token] = State()
    STATE = STATES[args.token[0]]
    # Many test users poll at once: a longer listen queue than the default 5 keeps their
    # connections from being refused.
    ThreadingHTTPServer.request_queue_size = 256
    server = Server(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print(f"listening {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
