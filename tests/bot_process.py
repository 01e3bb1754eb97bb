"""Real bot processes for tests: `python run_bot.py serve` on a free port of 127.0.0.1, stopped afterwards.

`bot_processes` starts them side by side and stops (or, if a test killed one, reaps) every one of
them when the test ends, printing their logs if the test failed. The process reads only the settings
given here: inherited settings are removed, and it runs in the test's temporary folder (no .env).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bot.core.config import SETTINGS
from testkit.common import free_port

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 30.0


async def wait_for(condition: Callable[[], Awaitable[bool]], what: str, timeout: float = START_TIMEOUT) -> None:
    """Poll until `condition` holds; fail naming `what` after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@dataclass
class BotProcess:
    name: str
    process: asyncio.subprocess.Process
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    async def healthy(self) -> bool:
        if self.process.returncode is not None:
            raise AssertionError(f"bot {self.name} exited with {self.process.returncode}:\n{self.output()}")
        try:
            async with aiohttp.ClientSession() as session, session.get(f"{self.url}/healthz") as response:
                return response.status == 200
        except aiohttp.ClientError:
            return False

    async def kill(self) -> None:
        """SIGKILL, as a crash or an out-of-memory kill would, and reap it (so its pid is gone)."""
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        """SIGTERM, as systemd stops it; SIGKILL if it does not end in time."""
        if self.process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 20)
        except TimeoutError:
            await self.kill()


def bot_environment(settings: dict[str, str]) -> dict[str, str]:
    names = {name for name, _, _ in SETTINGS}
    environ = {k: v for k, v in os.environ.items() if k not in names}
    environ.update({"NO_PROXY": "127.0.0.1,localhost", "HOST": "127.0.0.1", "LOG_LEVEL": "INFO", **settings})
    return environ


async def start_bot(name: str, settings: dict[str, str], folder: Path) -> BotProcess:
    port = free_port()
    log = folder / f"bot-{name}.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "run_bot.py"), "serve", cwd=folder, stdin=asyncio.subprocess.DEVNULL,
            stdout=out, stderr=asyncio.subprocess.STDOUT, env=bot_environment({**settings, "PORT": str(port)}),
        )
    return BotProcess(name, process, port, log)


@asynccontextmanager
async def bot_processes(settings: list[dict[str, str]], folder: Path) -> AsyncIterator[list[BotProcess]]:
    """Start one bot per settings dict, wait until each answers /healthz, and stop them all after."""
    bots: list[BotProcess] = []
    failed = True
    try:
        bots = list(await asyncio.gather(*(start_bot(chr(ord("a") + n), s, folder) for n, s in enumerate(settings))))
        for bot in bots:
            await wait_for(bot.healthy, f"bot {bot.name} to answer /healthz")
        yield bots
        failed = False
    finally:
        await asyncio.gather(*(bot.stop() for bot in bots))
        if failed:
            for bot in bots:
                sys.stderr.write(f"--- log of bot {bot.name} ---\n{bot.output()}\n")
