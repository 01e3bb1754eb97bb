"""Slow, idle and aborted clients against the real server: one log line per abort, connections time out.

An attacker announces a body and closes early, opens connections and sends nothing (or headers a byte at a
time), or sends a body too slowly. Each aborted request costs one short log line, not a traceback; a
connection that sends no complete request in time is closed; a slow body gets 408; genuine webhooks are
answered meanwhile. The unit file raises the limit on open files.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.app.guard import Guard, listening
from bot.app.server import build_app
from bot.channels.line.webhook import LineChannel
from bot.core.config import load_settings
from testkit.common import free_port
from testkit.line_api import ACCESS_TOKEN, SECRET, FakeLineApi, sign
from tests.conftest import make_service

ROOT = Path(__file__).resolve().parent.parent
HEADERS = b"POST /line/webhook HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nX-Line-Signature: x\r\n"


class Server:
    def __init__(self, port: int, runner: aiohttp.web.AppRunner) -> None:
        self.port, self.runner = port, runner

    def connections(self) -> int:
        assert self.runner.server is not None
        return len(self.runner.server.connections)

    async def open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection("127.0.0.1", self.port)

    async def genuine_webhook(self) -> int:
        body = json.dumps({"destination": "Ubot", "events": []}).encode()
        async with aiohttp.ClientSession() as session:
            url = f"http://127.0.0.1:{self.port}/line/webhook"
            async with session.post(url, data=body, headers={"X-Line-Signature": sign(body)}) as response:
                return response.status


@pytest.fixture
async def server(
    db_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[Server]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    caplog.set_level(logging.INFO)
    service = await make_service(db_url)
    api = FakeLineApi()
    environ = {"LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
               "LINE_API_URL": await api.start()}
    channel = LineChannel(service, load_settings(environ, env_file=None))
    port = free_port()
    app = build_app([channel], guard=Guard(header_timeout=0.5, body_timeout=0.5))
    try:
        async with listening(app, "127.0.0.1", port, every=0.1) as runner:
            await channel.start()
            yield Server(port, runner)
            await channel.stop()
    finally:
        await api.close()
        await service.repo.close()


async def closed_by_server(reader: asyncio.StreamReader, within: float) -> bytes:
    """What the server sent before closing the connection (it must close within `within` seconds)."""
    return await asyncio.wait_for(reader.read(), within)


async def test_ten_aborted_requests_cost_ten_short_lines(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    for _ in range(10):
        _, writer = await server.open()
        writer.write(HEADERS + b"Content-Length: 1000\r\n\r\n" + b'{"events": [')
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.close()
    await asyncio.sleep(0.3)
    lines = [r for r in caplog.records if r.name.startswith(("aiohttp", "bot"))]
    aborted = [r for r in lines if "aborted" in r.getMessage()]
    assert len(aborted) == 10
    assert all(r.exc_info is None and "\n" not in r.getMessage() and len(r.getMessage()) < 100 for r in lines)
    assert not [r for r in lines if r.levelno >= logging.ERROR]
    assert await server.genuine_webhook() == 200


async def test_connections_that_send_nothing_or_headers_slowly_are_closed(server: Server) -> None:
    idle = [await server.open() for _ in range(50)]
    slow_reader, slow_writer = await server.open()
    for byte in HEADERS[:12]:  # a header a byte at a time, never finished
        slow_writer.write(bytes([byte]))
        await asyncio.sleep(0.02)
    assert await closed_by_server(slow_reader, 2.0) == b""
    for reader, _ in idle:
        assert await closed_by_server(reader, 2.0) == b""
    assert await server.genuine_webhook() == 200
    await asyncio.sleep(0.1)
    assert server.connections() == 0


async def test_a_body_sent_too_slowly_gets_408_and_the_connection_ends(server: Server) -> None:
    reader, writer = await server.open()
    writer.write(HEADERS + b"Content-Length: 100\r\n\r\n" + b"{")
    await writer.drain()
    answer = await closed_by_server(reader, 3.0)
    assert answer.startswith(b"HTTP/1.1 408")
    writer.close()


async def test_an_idle_keep_alive_connection_is_closed(server: Server) -> None:
    body = json.dumps({"destination": "Ubot", "events": []}).encode()
    reader, writer = await server.open()
    request = (b"POST /line/webhook HTTP/1.1\r\nHost: bot\r\nX-Line-Signature: " + sign(body).encode()
               + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    writer.write(request)
    await writer.drain()
    answer = await closed_by_server(reader, 3.0)  # answered, then closed once idle too long
    assert answer.startswith(b"HTTP/1.1 200")
    writer.close()


def test_the_unit_file_raises_the_open_files_limit() -> None:
    unit = (ROOT / "deploy" / "petition-bot@.service").read_text(encoding="utf-8")
    limits = [line for line in unit.splitlines() if line.startswith("LimitNOFILE=")]
    assert limits and int(limits[0].split("=")[1]) >= 65536
