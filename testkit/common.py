"""Helpers every fake shares: lengths counted as the platforms count them, and local ports to listen on."""

from __future__ import annotations

import socket

from aiohttp import web


def utf16_len(text: str) -> int:
    """The length LINE and Telegram limit: UTF-16 code units, so an emoji outside the BMP counts 2."""
    return len(text.encode("utf-16-le")) // 2


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def listen_local(app: web.Application) -> tuple[web.AppRunner, str]:
    """Serve an aiohttp app on a random port of 127.0.0.1; return its runner and base URL."""
    runner = web.AppRunner(app, shutdown_timeout=1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"
