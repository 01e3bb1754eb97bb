"""A small HTTP/1.1 keep-alive client on asyncio protocols, cheap enough to load a server from Python.

It sends prepared request bytes and reads back only the status and the body length, so the load
generator spends its CPU on pacing and bookkeeping rather than on an HTTP library.
"""

from __future__ import annotations

import asyncio
from collections import deque


class HttpError(Exception):
    pass


class _Conn(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.closed = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(HttpError(f"connection lost: {exc}"))

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._parse()

    def _parse(self) -> None:
        if self.waiter is None or self.waiter.done():
            return
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = bytes(self.buffer[:end]).decode("latin-1")
        lines = head.split("\r\n")
        try:
            status = int(lines[0].split(" ", 2)[1])
        except (IndexError, ValueError):
            self.waiter.set_exception(HttpError(f"bad status line {lines[0]!r}"))
            return
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            lowered = name.strip().lower()
            if lowered == "content-length":
                length = int(value.strip())
            elif lowered == "transfer-encoding" and "chunked" in value.lower():
                self.waiter.set_exception(HttpError("chunked responses are not supported"))
                return
        total = end + 4 + length
        if len(self.buffer) < total:
            return
        body = bytes(self.buffer[end + 4 : total])
        del self.buffer[:total]
        self.waiter.set_result((status, body))

    def send(self, request: bytes) -> asyncio.Future[tuple[int, bytes]]:
        assert self.transport is not None
        self.waiter = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return self.waiter


class Pool:
    """Keep-alive connections to one host:port; at most `limit` open at once."""

    def __init__(self, host: str, port: int, limit: int = 256) -> None:
        self.host, self.port, self.limit = host, port, limit
        self.idle: deque[_Conn] = deque()
        self.open = 0
        self._slots = asyncio.Semaphore(limit)

    async def request(self, data: bytes, timeout: float = 30.0) -> tuple[int, bytes]:
        async with self._slots:
            conn = self.idle.pop() if self.idle else None
            if conn is None or conn.closed:
                _, conn = await asyncio.get_running_loop().create_connection(_Conn, self.host, self.port)
                self.open += 1
            try:
                status, body = await asyncio.wait_for(conn.send(data), timeout)
            except BaseException:
                if conn.transport is not None:
                    conn.transport.close()
                self.open -= 1
                raise
            self.idle.append(conn)
            return status, body

    def close(self) -> None:
        while self.idle:
            conn = self.idle.pop()
            if conn.transport is not None:
                conn.transport.close()


def post(host: str, port: int, path: str, body: bytes, headers: dict[str, str]) -> bytes:
    """Prepare a POST request's bytes."""
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json",
             f"Content-Length: {len(body)}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode() + body
