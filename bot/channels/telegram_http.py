"""python-telegram-bot's requests on aiohttp instead of httpx.

PTB lets an application bring its own HTTP client (a `BaseRequest`). With httpx, each Bot API call
cost several hundred microseconds of CPU in the client alone, and a button press takes three calls
(answer the query, send the answer, retire the old keyboard): the client was most of the bot's work
on Telegram. aiohttp (already the bot's server) does the same in a fraction of that. What goes over
the wire is what PTB's own HTTPXRequest sends: form fields, multipart when there are files.
Failures map to PTB's errors as HTTPXRequest maps them: a timeout is TimedOut, any other transport
failure NetworkError, and answers of every status go back to PTB, which raises what they mean.
"""

from __future__ import annotations

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL


class AiohttpRequest(BaseRequest):
    """A PTB request backend with a pool of keep-alive connections to the Bot API server."""

    def __init__(
        self, connection_pool_size: int = 1, read_timeout: float | None = 5.0, write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0, pool_timeout: float | None = 1.0, media_write_timeout: float = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout, self._write_timeout = read_timeout, write_timeout
        self._connect_timeout, self._pool_timeout = connect_timeout, pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, URL | None] = {}  # per scheme and host, from the environment, read once

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._pool_size))

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _proxy(self, url: URL) -> URL | None:
        """The proxy the environment names for this URL (aiohttp's trust_env would read ~/.netrc per call)."""
        key = f"{url.scheme}://{url.host}"
        if key not in self._proxies:
            try:
                self._proxies[key] = get_env_proxy_for_url(url)[0]
            except LookupError:
                self._proxies[key] = None
        return self._proxies[key]

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        write = (self._media_write_timeout if files else self._write_timeout) if isinstance(
            write_timeout, DefaultValue) else write_timeout
        waits = [t for t in (read, write) if t is not None]
        timeout = aiohttp.ClientTimeout(
            total=None, connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect, sock_read=max(waits) if waits else None,
        )
        data: aiohttp.FormData | dict[str, str] | None = fields
        if files:
            form = aiohttp.FormData()
            for name, value in (fields or {}).items():
                form.add_field(name, value)
            for name, (filename, content, *rest) in files.items():
                form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
            data = form
        target = URL(url)
        try:
            async with session.request(
                method, target, data=data, headers={"User-Agent": self.USER_AGENT}, timeout=timeout,
                proxy=self._proxy(target),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error
