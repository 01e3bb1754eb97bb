"""The benchmark harness process: the fake LINE and Telegram APIs, and the simulated people.

Started by bench/run.py. It prints one JSON line with the fakes' addresses, then answers JSON
commands read from stdin, one line each, until "quit" or the end of stdin. Logs go to stderr.
Everything listens on 127.0.0.1 and every run is bounded in time.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.client import Pool, post
from bench.fakes import BenchLine, BenchTelegram
from bench.load import LineDriver, Outcome, TelegramDriver, at_rate, flat_out, floor_flat_out
from testkit.line_api import ACCESS_TOKEN, SECRET

log = logging.getLogger("bench.harness")


class Harness:
    def __init__(self) -> None:
        self.line = BenchLine()
        self.telegram = BenchTelegram()

    async def start(self) -> dict[str, Any]:
        line_url = await self.line.start()
        await self.telegram.start()
        return {"line_url": line_url, "telegram_url": self.telegram.url, "telegram_token": self.telegram.token,
                "line_secret": SECRET, "line_token": ACCESS_TOKEN}

    async def close(self) -> None:
        await self.line.close()
        await self.telegram.close()

    def driver(self, c: dict[str, Any]) -> LineDriver | TelegramDriver:
        if c["platform"] == "line":
            return LineDriver(self.line, c["host"], c["port"], c["secret"], c["prefix"], c["languages"])
        return TelegramDriver(self.telegram, c["host"], c["port"], c.get("secret", ""), c["first_id"],
                              c["languages"], polling=c.get("polling", False))

    async def op_configure(self, c: dict[str, Any]) -> dict[str, Any]:
        if "line_multicast_rate" in c:
            self.line.multicast_rate = c["line_multicast_rate"]
        if "telegram_send_rate" in c:
            self.telegram.send_rate = c["telegram_send_rate"]
        return {}

    async def op_load(self, c: dict[str, Any]) -> dict[str, Any]:
        driver = self.driver(c)
        pool = None if c.get("polling") else Pool(c["host"], c["port"], limit=c.get("connections", 512))
        try:
            if c["mode"] == "rate":
                outcome = await at_rate(driver, pool, c["rate"], c["duration"])
            else:
                outcome = await flat_out(driver, pool, c["concurrency"], c["duration"])
        finally:
            if pool is not None:
                pool.close()
        summary = outcome.summary()
        if c.get("spikes"):  # the slow events and when they were due (monotonic clock), to find their cause
            summary["spikes"] = sorted((t, d * 1000) for t, d in outcome.latency if d > c.get("spike_s", 0.05))
        return summary

    async def op_spike(self, c: dict[str, Any]) -> dict[str, Any]:
        from bench.spike import spike_load

        return await spike_load(self.line, self.telegram, c)

    async def op_floor(self, c: dict[str, Any]) -> dict[str, Any]:
        return (await floor_flat_out(c["host"], c["port"], c["secret"], c["concurrency"], c["duration"])).summary()

    async def op_counters(self, c: dict[str, Any]) -> dict[str, Any]:
        return {
            "line": {"calls": dict(self.line.kinds), "billable_calls": self.line.billable_calls(),
                     "messages_used": self.line.used},
            "telegram": {"methods": dict(self.telegram.methods), "sends": dict(self.telegram.sends)},
        }

    async def _organizer(self, pool: Pool, host: str, port: int, secret: str, organizer: int, texts: int) -> float:
        """Compose a broadcast to every subscriber in the organizer chat, with a text for the first `texts`
        languages asked; return when "send" was pressed."""
        user = {"id": organizer, "is_bot": False, "first_name": "Organizer", "language_code": "ja"}
        chat = {"id": organizer, "type": "private", "first_name": "Organizer"}

        async def deliver(update: dict[str, Any]) -> None:
            shown = self.telegram.keyboards.get(organizer)
            body = json.dumps(update, ensure_ascii=False).encode()
            status, answer = await pool.request(post(host, port, "/telegram/webhook", body,
                                                     {"X-Telegram-Bot-Api-Secret-Token": secret}))
            if status != 200:
                raise RuntimeError(f"organizer update answered {status}")
            if answer:
                await self.telegram.webhook_answer(json.loads(answer))
            for _ in range(2000):  # the replies follow the webhook's answer: wait for the new keyboard
                if self.telegram.keyboards.get(organizer) is not shown:
                    return
                await asyncio.sleep(0.005)

        def message(text: str) -> dict[str, Any]:
            m: dict[str, Any] = {"message_id": next(self.telegram.ids), "date": int(time.time()), "chat": chat,
                                 "from": user, "text": text}
            if text.startswith("/"):
                m["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
            return {"update_id": next(self.telegram.ids), "message": m}

        def press(data: str) -> dict[str, Any]:
            shown = self.telegram.keyboards[organizer]
            query_id = f"org{next(self.telegram.ids)}"
            self.telegram.queries[query_id] = False
            query = {"id": query_id, "from": user, "chat_instance": "org", "data": data,
                     "message": self.telegram.message_json(shown)}
            return {"update_id": next(self.telegram.ids), "callback_query": query}

        await deliver(message("/broadcast"))
        written = 0
        for _ in range(40):
            shown = self.telegram.keyboards.get(organizer)
            offered = {b.get("callback_data") for b in shown.buttons()} if shown else set()
            if "org:send" in offered:
                pressed = time.monotonic()
                await deliver(press("org:send"))
                return pressed
            if "org:nolink" in offered:
                await deliver(press("org:nolink"))
            elif "org:aud-subscribers" in offered:
                await deliver(press("org:aud-subscribers"))
            elif written >= texts and "org:done" in offered:
                await deliver(press("org:done"))  # the other languages get the default language's text
            elif written >= texts and "org:skip" in offered:
                await deliver(press("org:skip"))
            else:
                written += 1
                await deliver(message(f"Benchmark update, text {written}: thank you for signing. ベンチマーク"))
        raise RuntimeError("the organizer conversation did not reach the send button")

    async def op_broadcast(self, c: dict[str, Any]) -> dict[str, Any]:
        """Conversation at a moderate rate without, then during, a broadcast started by an organizer."""
        host, port = c["host"], c["port"]
        self.telegram.watch = set(range(c["watch_first"], c["watch_first"] + c["watch_count"]))
        self.telegram.watched.clear()
        self.line.multicasts.clear()
        line = c["line"]
        pool = Pool(host, port)
        driver = LineDriver(self.line, host, port, line["secret"], line["prefix"] + "a", line["languages"])
        without = await at_rate(driver, pool, line["rate"], c["baseline"])
        stop = asyncio.Event()
        driver = LineDriver(self.line, host, port, line["secret"], line["prefix"] + "b", line["languages"])
        during_task = asyncio.create_task(at_rate(driver, pool, line["rate"], c["timeout"] + 60, stop=stop))
        await asyncio.sleep(0.5)
        org_pool = Pool(host, port, limit=1)
        pressed = await self._organizer(org_pool, host, port, c["tg_secret"], c["organizer"], c["texts"])
        deadline = pressed + c["timeout"]

        def line_done() -> int:
            return sum(n for _, status, n in self.line.multicasts if status == 200)

        while time.monotonic() < deadline:
            if line_done() >= c["line_expected"] and len(self.telegram.watched) >= c["watch_count"]:
                break
            await asyncio.sleep(0.02)
        finished = time.monotonic()
        stop.set()
        during: Outcome = await during_task
        org_pool.close()
        pool.close()
        ok_multicasts = [t for t, status, _ in self.line.multicasts if status == 200]
        sends = self.telegram.watched
        return {
            "pressed": pressed, "finished": finished, "seconds": round(finished - pressed, 3),
            "complete": line_done() >= c["line_expected"] and len(sends) >= c["watch_count"],
            "line": {
                "recipients_accepted": line_done(), "requests_ok": len(ok_multicasts),
                "requests_refused": sum(1 for _, status, _ in self.line.multicasts if status != 200),
                "first": (min(ok_multicasts) - pressed) if ok_multicasts else None,
                "last": (max(ok_multicasts) - pressed) if ok_multicasts else None,
            },
            "telegram": {
                "sent": len(sends), "refused_429": self.telegram.sends.get("429", 0),
                "first": (min(sends) - pressed) if sends else None,
                "last": (max(sends) - pressed) if sends else None,
            },
            "without": without.summary(),
            "during": during.summary(since=pressed, until=finished),
            "during_slowest": [(round(t - pressed, 3), round(d * 1000, 1))
                               for t, d in sorted(during.latency, key=lambda x: -x[1])[:12]],
        }


async def main() -> None:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    harness = Harness()
    hello = await harness.start()
    gc.freeze()  # what is loaded by now stays: later collections need not walk it
    print(json.dumps(hello), flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 24)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    try:
        while line := await reader.readline():
            command = json.loads(line)
            op = command.pop("op")
            if op == "quit":
                break
            # The harness's own garbage collections (a full one takes tens of milliseconds with the fakes'
            # records) would count as the bot's latency: none during an operation, one after it.
            gc.disable()
            try:
                result = await getattr(harness, f"op_{op}")(command)
                answer = {"ok": True, "result": result}
            except Exception as error:  # report to the orchestrator, keep serving
                log.exception("harness op %s failed", op)
                answer = {"ok": False, "error": f"{type(error).__name__}: {error}"}
            finally:
                gc.enable()
                gc.collect()
            print(json.dumps(answer), flush=True)
    finally:
        await harness.close()


if __name__ == "__main__":
    asyncio.run(main())
