"""The server against slow, idle and aborted clients: time limits on every connection, one line per abort.

aiohttp waits for a request's headers as long as the client likes and keeps an idle connection an hour,
so a few thousand slow connections would hold every file descriptor the process may open (and genuine
webhooks would be refused). Here:

- a connection must deliver a request's headers within HEADER_TIMEOUT of opening, or of its last answer
  (which also ends idle keep-alive connections); a sweep closes those that do not;
- a request's body must arrive within BODY_TIMEOUT (408 otherwise), read before the route's handler runs;
- a client that closes before its body has arrived costs one short log line, not a traceback.

The unit file (deploy/petition-bot@.service) also raises the limit on open files.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from aiohttp import ClientPayloadError, web

log = logging.getLogger(__name__)
HEADER_TIMEOUT = 10.0  # seconds from opening (or the last answer) to a request's complete headers
BODY_TIMEOUT = 10.0  # seconds to receive a body (at most 1 MiB)
KEEPALIVE_TIMEOUT = 15.0  # aiohttp's own limit on an idle keep-alive connection
SWEEP_EVERY = 1.0
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Guard:
    """Which connections are answering a request, and since when the others have been waiting."""

    def __init__(self, header_timeout: float = HEADER_TIMEOUT, body_timeout: float = BODY_TIMEOUT) -> None:
        self.header_timeout, self.body_timeout = header_timeout, body_timeout
        self.busy: set[object] = set()
        self.since: dict[object, float] = {}

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Read the body within its time limit, then run the route; an abort is one log line."""
        connection = request.protocol
        self.busy.add(connection)
        try:
            if request.can_read_body:
                try:
                    async with asyncio.timeout(self.body_timeout):
                        await request.read()
                except TimeoutError:
                    log.warning("request body not received within %ss: %s %s", self.body_timeout, request.method,
                                ascii(request.path[:60]))
                    return web.Response(status=408)
                except web.HTTPRequestEntityTooLarge:
                    log.warning("request refused: body too large: %s %s", request.method, ascii(request.path[:60]))
                    return web.Response(status=413)
                except (ConnectionError, ClientPayloadError):
                    log.warning("request aborted by the client: %s %s", request.method, ascii(request.path[:60]))
                    return web.Response(status=400)
            return await handler(request)
        finally:
            self.busy.discard(connection)
            self.since[connection] = asyncio.get_running_loop().time()

    def sweep(self, connections: list[web.RequestHandler], now: float) -> int:
        """Close the connections that have waited too long for a request's headers; return how many."""
        closed = 0
        for connection in connections:
            if connection in self.busy:
                continue
            if now - self.since.setdefault(connection, now) > self.header_timeout:
                connection.force_close()
                closed += 1
        alive = set(connections)
        self.since = {c: t for c, t in self.since.items() if c in alive}
        return closed


GUARD = web.AppKey("guard", Guard)


def guarded(app: web.Application, guard: Guard | None = None) -> web.Application:
    """Give an application the guard's middleware (before it is frozen)."""
    app[GUARD] = guard or Guard()
    app.middlewares.append(app[GUARD].middleware)
    return app


async def _sweep_forever(guard: Guard, server: web.Server, every: float) -> None:
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(every)
        if closed := guard.sweep(server.connections, loop.time()):
            log.info("closed %d connections that sent no complete request in time", closed)


@asynccontextmanager
async def listening(
    app: web.Application, host: str, port: int, access_log: logging.Logger | None = None,
    every: float = SWEEP_EVERY,
) -> AsyncIterator[web.AppRunner]:
    """Serve a guarded application on host:port until the context ends."""
    runner = web.AppRunner(app, shutdown_timeout=10, access_log=access_log, keepalive_timeout=KEEPALIVE_TIMEOUT)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    assert runner.server is not None
    sweeper = asyncio.create_task(_sweep_forever(app[GUARD], runner.server, every))
    try:
        yield runner
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await runner.cleanup()
