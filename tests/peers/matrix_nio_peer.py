"""A Matrix client built on matrix-nio, for the end-to-end tests: a second client library
beside the matrix-sdk clients of tests/e2e/matrix_support.rs, so that what the bot sends
is read, and what it reads is written, by code it shares nothing with but the protocol.

It logs in with a fresh device, syncs, accepts every invitation and keeps its own crypto
store. It speaks JSON lines: commands on stdin ({"id": 1, "cmd": "send_text", ...}),
answers and events on stdout ({"reply": 1, ...}, {"event": "message", ...}). It stops
when stdin closes, so a crashed test leaves no client behind.

Commands: create_room (name, invite, power_levels, direct), joined (room, user),
send_text (room, text, thread_root?), send_image (room, path, mime, name), send_voice
(room, path, seconds),
download (url or file: the event's media; out: where to write the plain bytes).
"""

import argparse
import asyncio
import json
import os
import sys

from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    MegolmEvent,
    RoomMessage,
)
from nio.crypto.attachments import decrypt_attachment


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


class Peer:
    def __init__(self, client):
        self.client = client

    async def on_message(self, room, event):
        content = event.source.get("content", {})
        relates = content.get("m.relates_to") or {}
        thread_root = relates.get("event_id") if relates.get("rel_type") == "m.thread" else None
        in_reply_to = (relates.get("m.in_reply_to") or {}).get("event_id")
        emit(
            {
                "event": "message",
                "room": room.room_id,
                "event_id": event.event_id,
                "sender": event.sender,
                "msgtype": content.get("msgtype"),
                "body": content.get("body", ""),
                "html": content.get("formatted_body"),
                "thread_root": thread_root,
                "in_reply_to": in_reply_to,
                "encrypted": bool(getattr(event, "decrypted", False)),
                "url": content.get("url"),
                "file": content.get("file"),
            }
        )

    async def on_undecryptable(self, room, event):
        emit(
            {
                "event": "undecryptable",
                "room": room.room_id,
                "event_id": event.event_id,
                "sender": event.sender,
            }
        )

    async def on_invite(self, room, event):
        if event.state_key == self.client.user_id and event.membership == "invite":
            for _ in range(20):
                if hasattr(await self.client.join(room.room_id), "room_id"):
                    return
                await asyncio.sleep(0.25)

    async def command(self, request):
        cmd = request["cmd"]
        client = self.client
        if cmd == "create_room":
            initial_state = [
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            ]
            override = None
            if request.get("power_levels"):
                override = {"users": request["power_levels"], "users_default": 0}
            response = await client.room_create(
                name=request.get("name"),
                invite=request.get("invite", []),
                is_direct=request.get("direct", False),
                initial_state=initial_state,
                power_level_override=override,
            )
            return {"room": response.room_id}
        if cmd == "joined":
            response = await client.joined_members(request["room"])
            return {"joined": request["user"] in [m.user_id for m in response.members]}
        if cmd == "send_text":
            content = {"msgtype": "m.text", "body": request["text"]}
            root = request.get("thread_root")
            if root:
                # As Element sends a reply in a thread.
                content["m.relates_to"] = {
                    "rel_type": "m.thread",
                    "event_id": root,
                    "is_falling_back": True,
                    "m.in_reply_to": {"event_id": root},
                }
            return await self.send(request["room"], content)
        if cmd == "send_image":
            with open(request["path"], "rb") as f:
                data = f.read()
            upload, keys = await client.upload(
                lambda *_: data,
                content_type=request["mime"],
                filename=request["name"],
                encrypt=True,
                filesize=len(data),
            )
            keys["url"] = upload.content_uri
            content = {
                "msgtype": "m.image",
                "body": request["name"],
                "info": {"mimetype": request["mime"], "size": len(data)},
                "file": keys,
            }
            return await self.send(request["room"], content)
        if cmd == "send_voice":
            # As Element sends a recorded voice message: an encrypted Ogg/Opus file as
            # `m.audio`, marked as voice (MSC3245) with its duration.
            with open(request["path"], "rb") as f:
                data = f.read()
            upload, keys = await client.upload(
                lambda *_: data,
                content_type="audio/ogg",
                filename="Voice message.ogg",
                encrypt=True,
                filesize=len(data),
            )
            keys["url"] = upload.content_uri
            duration_ms = request["seconds"] * 1000
            content = {
                "msgtype": "m.audio",
                "body": "Voice message.ogg",
                "info": {"mimetype": "audio/ogg", "size": len(data), "duration": duration_ms},
                "file": keys,
                "org.matrix.msc1767.audio": {"duration": duration_ms, "waveform": [0] * 30},
                "org.matrix.msc3245.voice": {},
            }
            return await self.send(request["room"], content)
        if cmd == "download":
            media = request.get("file") or {"url": request["url"]}
            response = await client.download(mxc=media["url"])
            data = response.body
            if request.get("file"):
                data = decrypt_attachment(
                    data,
                    media["key"]["k"],
                    media["hashes"]["sha256"],
                    media["iv"],
                )
            with open(request["out"], "wb") as f:
                f.write(data)
            return {"bytes": len(data)}
        raise ValueError(f"unknown command {cmd}")

    async def send(self, room, content):
        # The bot's device is not verified by this user: as most people's clients do,
        # send to it anyway.
        response = await self.client.room_send(
            room, "m.room.message", content, ignore_unverified_devices=True
        )
        return {"event_id": response.event_id}


async def read_commands(peer):
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        request = json.loads(line)
        try:
            result = await peer.command(request)
            emit({"reply": request["id"], "ok": True, **result})
        except Exception as error:  # the test shows what failed
            emit({"reply": request["id"], "ok": False, "error": repr(error)})


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--homeserver", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--name", required=True)
    args = parser.parse_args()
    password = os.environ["NIO_PEER_PASSWORD"]
    os.makedirs(args.store, exist_ok=True)
    client = AsyncClient(
        args.homeserver,
        args.user,
        store_path=args.store,
        config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=True),
    )
    login = await client.login(password, device_name=args.name)
    if not hasattr(login, "device_id"):
        emit({"event": "failed", "error": str(login)})
        return
    peer = Peer(client)
    client.add_event_callback(peer.on_message, RoomMessage)
    client.add_event_callback(peer.on_undecryptable, MegolmEvent)
    client.add_event_callback(peer.on_invite, InviteMemberEvent)
    await client.sync(timeout=0, full_state=True)
    if client.should_upload_keys:
        await client.keys_upload()
    emit({"event": "ready", "user_id": client.user_id, "device_id": client.device_id})
    # Synapse cuts a sync to a room's latest 10 events by default and nio hands the rest to no
    # callback: a burst of the bot's messages would lose its first ones.
    sync = asyncio.ensure_future(
        client.sync_forever(
            timeout=2000,
            loop_sleep_time=50,
            sync_filter={"room": {"timeline": {"limit": 200}}},
        )
    )
    await read_commands(peer)
    sync.cancel()
    await client.close()


if __name__ == "__main__":
    asyncio.run(main())
