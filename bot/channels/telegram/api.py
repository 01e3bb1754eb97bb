"""python-telegram-bot's requests on aiohttp instead of httpx.

PTB lets an application bring its own HTTP client (a `BaseRequest`). With httpx, the client alone
cost much CPU per Bot API call, and a button press takes three calls
(answer the query, send the answer, retire the old keyboard): the client was most of the bot's work
on Telegram. aiohttp (already the bot's server) does the same in a fraction of that. Fields go out
as one JSON body, which the Bot API accepts for every call without files (and which costs less to
make than a form); with files, as PTB's own HTTPXRequest sends them, multipart. Failures map to
PTB's errors as HTTPXRequest maps them: a timeout is TimedOut, any other transport failure
NetworkError, and answers of every status go back to PTB, which raises what they mean.

`BotApi` makes the calls of a conversation and of a broadcast with plain fields, returning the
answer's JSON: PTB's Bot methods would build a Message object from every answer, which cost as much
CPU as the HTTP call itself. It goes through the same request object, so PTB's errors are raised
(RequestParameter is PTB's internal class for one field, imported like PTB's other private names
through `ptb_private`).
"""

from __future__ import annotations

import functools
import json
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

from bot.channels.telegram.ptb_private import DefaultValue, ODVInput, RequestParameter

JSON = {"Content-Type": "application/json"}


def fields(values: dict[str, object]) -> RequestData:
    """Request fields from plain values (None left out), as PTB's methods make them."""
    return RequestData([RequestParameter(name, value, None) for name, value in values.items() if value is not None])


class BotApi:
    """Bot API calls with plain fields in and the answer's JSON out, raising PTB's errors."""

    def __init__(self, bot: Bot, request: BaseRequest) -> None:
        self.bot = bot
        self.request = request

    async def call(self, method: str, *, read_timeout: float | None = None, **values: object) -> Any:
        """Call one Bot API method; `read_timeout` only when longer than usual (long polling)."""
        waits: dict[str, Any] = {} if read_timeout is None else {"read_timeout": read_timeout}
        return await self.request.post(f"{self.bot.base_url}/{method}", fields(values), **waits)


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
        self._urls: dict[str, URL] = {}  # parsed once per Bot API method

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

    @functools.lru_cache(maxsize=64)  # noqa: B019 (the request object lives as long as the bot)
    def _timeout(self, read: float | None, write: float | None, connect: float | None, pool: float | None
                 ) -> aiohttp.ClientTimeout:
        waits = [t for t in (read, write) if t is not None]
        return aiohttp.ClientTimeout(
            total=None, connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect, sock_read=max(waits) if waits else None,
        )

    def _body(self, request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, dict[str, str]]:
        """Encode the fields here: as one JSON body (which the Bot API takes, and which costs less CPU than a
        form: aiohttp's form encoding was a large part of a call), multipart as PTB's own when there are files."""
        headers = {"User-Agent": self.USER_AGENT}
        if request_data is None:
            return None, headers
        if not request_data.contains_files:
            return json.dumps(request_data.parameters, ensure_ascii=False).encode(), {**headers, **JSON}
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, *rest) in request_data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=rest[0] if rest else None)
        return form, headers

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
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        write = (self._media_write_timeout if files else self._write_timeout) if isinstance(
            write_timeout, DefaultValue) else write_timeout
        timeout = self._timeout(read, write, connect, pool)
        data, headers = self._body(request_data)
        target = self._urls.get(url) or self._urls.setdefault(url, URL(url))
        try:
            async with session.request(
                method, target, data=data, headers=headers, timeout=timeout,
                proxy=self._proxy(target),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error
